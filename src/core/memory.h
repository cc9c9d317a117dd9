/*
 * memory.h — how the pure core allocates memory and lets itself be
 * interrupted.
 *
 * The core never calls malloc or free itself: it goes through the hooks
 * below, which default to the C library.  The fmgr glue installs hooks
 * that allocate with palloc in the current memory context (so everything
 * the core holds is freed when an error unwinds the call) and that call
 * CHECK_FOR_INTERRUPTS, so a cancel or statement_timeout takes effect in
 * the middle of a long parse.  PostGIS's lwgeom_set_handlers is the model.
 *
 * gd_check_interrupts may not return (in the server it can raise an
 * error): core code calls it only where nothing but memory from these
 * hooks is held.
 */
#ifndef GD_MEMORY_H
#define GD_MEMORY_H

#include <stdbool.h>
#include <stddef.h>

typedef struct GdHooks
{
	void	   *(*alloc) (size_t size);	/* NULL when out of memory */
	void	   *(*realloc) (void *ptr, size_t size);	/* ptr may be NULL */
	void		(*free) (void *ptr);	/* ptr may be NULL */
	void		(*check_interrupts) (void);	/* may be NULL */
} GdHooks;

/* Install hooks (NULL restores the C library's malloc and no interrupts). */
extern void gd_set_hooks(const GdHooks *hooks);

extern void *gd_alloc(size_t size);
extern void *gd_alloc0(size_t size);
extern void *gd_realloc(void *ptr, size_t size);
extern void gd_free(void *ptr);

/*
 * A growable array of n elements of size elem: make room for one more.
 * Returns false (array unchanged) when out of memory or past max elements.
 */
extern bool gd_grow(void **array, int *cap, int n, size_t elem, int max);

/* Let a cancel or timeout through; called once per unit of work. */
extern void gd_check_interrupts(void);

/*
 * For loops over bytes: call gd_check_interrupts every 64 Ki iterations
 * (GD_TICK, counted in ticks), or each time the position pos enters a new
 * 64 KiB block of the input (GD_TICK_AT, the last block in block).
 */
#define GD_TICK(ticks) \
	do { if ((++(ticks) & 0xFFFF) == 0) gd_check_interrupts(); } while (0)
#define GD_TICK_AT(pos, block) \
	do { if (((pos) >> 16) != (block)) { (block) = (pos) >> 16; gd_check_interrupts(); } } while (0)

#endif							/* GD_MEMORY_H */
