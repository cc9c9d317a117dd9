/* memory.c — the core's allocator and interrupt hooks (memory.h). */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/memory.h"

/* realloc behind a function of our own, so the default hooks are plain function pointers. */
static void *
libc_realloc(void *ptr, size_t size)
{
	return realloc(ptr, size);
}

static const GdHooks libc_hooks = {malloc, libc_realloc, free, NULL};
static GdHooks hooks = {malloc, libc_realloc, free, NULL};

void
gd_set_hooks(const GdHooks *h)
{
	hooks = h != NULL ? *h : libc_hooks;
}

/* A request for 0 bytes takes 1, so NULL always means out of memory. */
void *
gd_alloc(size_t size)
{
	return hooks.alloc(size ? size : 1);
}

void *
gd_alloc0(size_t size)
{
	void	   *p = gd_alloc(size);

	if (p != NULL)
		memset(p, 0, size ? size : 1);
	return p;
}

void *
gd_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return gd_alloc(size);
	return hooks.realloc(ptr, size ? size : 1);
}

void
gd_free(void *ptr)
{
	if (ptr != NULL)
		hooks.free(ptr);
}

bool
gd_grow(void **array, int *cap, int n, size_t elem, int max)
{
	int			ncap;
	void	   *p;

	if (n < *cap)
		return true;
	if (n >= max)
		return false;
	ncap = *cap > 0 ? *cap * 2 : 16;
	if (ncap > max || ncap < *cap)
		ncap = max;
	if ((size_t) ncap > SIZE_MAX / elem)
		return false;
	p = gd_realloc(*array, (size_t) ncap * elem);
	if (p == NULL)
		return false;
	*array = p;
	*cap = ncap;
	return true;
}

void
gd_check_interrupts(void)
{
	if (hooks.check_interrupts != NULL)
		hooks.check_interrupts();
}
