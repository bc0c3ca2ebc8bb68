// libvips. Swift cannot call C variadic functions, so each one used is wrapped below
// in a `static inline` function with a fixed argument list (prefix `cvips_`).
#include <vips/vips.h>
