// libvips. Swift cannot call C variadic functions, so each one used is wrapped below
// in a `static inline` function with a fixed argument list (prefix `cvips_`).
// Remove a wrapper once Swift can call the variadic original (it cannot as of Swift 6.3).
#include <vips/vips.h>

/// `vips_call(loader, path, &out, NULL)`: runs one named loader (`jpegload`, `pngload`, ...),
/// which reads the header now and decodes pixels only when they are asked for.
static inline int cvips_load(const char *loader, const char *path, VipsImage **out) {
    return vips_call(loader, path, out, NULL);
}

/// `vips_call(loader, path, &out, "access", VIPS_ACCESS_SEQUENTIAL, NULL)`: a loader that streams the
/// pixels top to bottom instead of first decoding the whole image into a buffer.
static inline int cvips_load_sequential(const char *loader, const char *path, VipsImage **out) {
    return vips_call(loader, path, out, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// `vips_jpegload` with `shrink` (1, 2, 4 or 8), streamed: libjpeg decodes straight to the reduced size.
static inline int cvips_jpegload_shrink(const char *path, VipsImage **out, int shrink) {
    return vips_jpegload(path, out, "shrink", shrink, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// `vips_jpegload_source` with `shrink`, streamed, on `length` bytes at `data` in memory. libvips does
/// not copy them: they must outlive the image.
static inline int cvips_jpegload_memory_shrink(const void *data, size_t length, VipsImage **out, int shrink) {
    VipsSource *source = vips_source_new_from_memory(data, length);
    if (source == NULL) return -1;
    int result = vips_jpegload_source(source, out, "shrink", shrink, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    g_object_unref(source);  // the image holds its own reference
    return result;
}

/// `vips_webpload` with `scale`, streamed: libwebp decodes straight to the reduced size.
static inline int cvips_webpload_scale(const char *path, VipsImage **out, double scale) {
    return vips_webpload(path, out, "scale", scale, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// `vips_colourspace` to 8-bit-per-channel sRGB (or sRGB with alpha).
static inline int cvips_to_srgb(VipsImage *in, VipsImage **out) {
    return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, NULL);
}

/// `vips_cast_uchar`: clips every band to 0-255.
static inline int cvips_cast_uchar(VipsImage *in, VipsImage **out) {
    return vips_cast_uchar(in, out, NULL);
}

/// `g_object_unref` on an image.
static inline void cvips_unref(VipsImage *image) { g_object_unref(image); }
