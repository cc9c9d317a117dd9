/*
 * test_memory.c — the allocator and interrupt hooks (memory.c), held to
 * memory.h's word: gd_grow never lets an array reach more than max
 * elements, gd_set_hooks(NULL) puts the C library back, the interrupt
 * hook is called.  Last line: "N passed, M failed".
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/memory.h"

#include "check.h"

/* Hooks that count what they are asked to do. */
static int	nalloc,
			nrealloc,
			nfree,
			ninterrupts;

static void *
counting_alloc(size_t size)
{
	nalloc++;
	return malloc(size);
}

static void *
counting_realloc(void *p, size_t size)
{
	nrealloc++;
	return realloc(p, size);
}

static void
counting_free(void *p)
{
	nfree++;
	free(p);
}

static void
counting_interrupts(void)
{
	ninterrupts++;
}

static const GdHooks counting = {counting_alloc, counting_realloc, counting_free, counting_interrupts};

/* Room for one more, up to max elements and never past. */
static void
test_grow(void)
{
	int		   *a = NULL;
	int			cap = 0;
	int			n;

	CHECK(gd_grow((void **) &a, &cap, 0, sizeof(int), 40));
	CHECK_INT(cap, 16);
	CHECK(gd_grow((void **) &a, &cap, 15, sizeof(int), 40));
	CHECK_INT(cap, 16);			/* room already */
	CHECK(gd_grow((void **) &a, &cap, 16, sizeof(int), 40));
	CHECK_INT(cap, 32);
	CHECK(gd_grow((void **) &a, &cap, 32, sizeof(int), 40));
	CHECK_INT(cap, 40);			/* doubled, then held to max */
	CHECK(gd_grow((void **) &a, &cap, 39, sizeof(int), 40));
	/* the 41st element: refused, the array as it was */
	CHECK(!gd_grow((void **) &a, &cap, 40, sizeof(int), 40));
	CHECK_INT(cap, 40);
	CHECK(!gd_grow((void **) &a, &cap, 41, sizeof(int), 40));
	gd_free(a);

	/* filling an array one by one: it ends with exactly max elements */
	a = NULL;
	cap = 0;
	for (n = 0; gd_grow((void **) &a, &cap, n, sizeof(int), 100); n++)
		a[n] = n;
	CHECK_INT(n, 100);
	CHECK_INT(cap, 100);
	CHECK_INT(a[99], 99);
	gd_free(a);

	/* elements too large to count: refused, not wrapped */
	a = NULL;
	cap = 0;
	CHECK(!gd_grow((void **) &a, &cap, 0, SIZE_MAX / 8, 1000));
	CHECK(a == NULL && cap == 0);
}

static void
test_alloc(void)
{
	unsigned char *p = gd_alloc0(64);
	int			nonzero = 0;

	CHECK(p != NULL);
	for (int i = 0; p && i < 64; i++)
		nonzero += p[i] != 0;
	CHECK_INT(nonzero, 0);
	p = gd_realloc(p, 128);
	CHECK(p != NULL);
	gd_free(p);
	gd_free(NULL);
	p = gd_realloc(NULL, 8);	/* like gd_alloc */
	CHECK(p != NULL);
	gd_free(p);
	p = gd_alloc(0);			/* a pointer, not NULL */
	CHECK(p != NULL);
	gd_free(p);
}

/* The hooks are used while installed, and NULL puts the C library back. */
static void
test_hooks(void)
{
	void	   *p;

	gd_set_hooks(&counting);
	p = gd_alloc(10);
	p = gd_realloc(p, 20);
	gd_free(p);
	gd_check_interrupts();
	gd_check_interrupts();
	CHECK_INT(nalloc, 1);
	CHECK_INT(nrealloc, 1);
	CHECK_INT(nfree, 1);
	CHECK_INT(ninterrupts, 2);

	gd_set_hooks(NULL);
	p = gd_alloc(10);
	gd_free(p);
	gd_check_interrupts();		/* no hook: nothing happens */
	CHECK_INT(nalloc, 1);
	CHECK_INT(nfree, 1);
	CHECK_INT(ninterrupts, 2);
}

int
main(void)
{
	test_grow();
	test_alloc();
	test_hooks();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
