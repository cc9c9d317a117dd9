/*
 * simd.c — the one setting the vector kernels share (simd.h): the most
 * they may use.  The tests lower it to run each kernel level against the
 * portable code on the same CPU.
 */
#include "core/simd.h"

GdKernels	gd_kernel_ceiling = GD_KERNELS_AVX512;

GdKernels
gd_kernels(GdKernels at_most)
{
	GdKernels	was = gd_kernel_ceiling;

	gd_kernel_ceiling = at_most;
	return was;
}
