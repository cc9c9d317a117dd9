/*
 * simd.h — what the vector kernels (check.c, accum.c) share: whether this
 * build has AVX2 (and AVX-512BW) kernels, how they are marked, and whether
 * the CPU the library runs on has them (asked once).  Pure C.
 */
#ifndef GD_SIMD_H
#define GD_SIMD_H

#include <stdbool.h>

/* Which vector loops a kernel may use, at most (tests run each against the portable one). */
typedef enum GdKernels
{
	GD_KERNELS_PORTABLE, GD_KERNELS_AVX2, GD_KERNELS_AVX512
} GdKernels;

/*
 * The most the kernels may use from now on (GD_KERNELS_AVX512, the best
 * the CPU has, unless a test lowers it; sum()'s pending sums choose their
 * loops when they start); returns the old setting.
 */
extern GdKernels gd_kernel_ceiling;
extern GdKernels gd_kernels(GdKernels at_most);

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define GD_HAVE_AVX2_KERNELS 1
#include <immintrin.h>

#define AVX2_FN __attribute__((target("avx2")))
#define AVX512_FN __attribute__((target("avx2,avx512f,avx512bw")))

static inline bool
gd_have_avx2(void)
{
	static int	avx2 = -1;

	if (avx2 < 0)
	{
		__builtin_cpu_init();
		avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
	}
	return avx2 == 1;
}

static inline bool
gd_have_avx512bw(void)
{
	static int	avx512 = -1;

	if (avx512 < 0)
	{
		__builtin_cpu_init();
		avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") ? 1 : 0;
	}
	return avx512 == 1;
}
#endif

#endif
