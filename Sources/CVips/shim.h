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

// Writing: thumbnails and the corrected copies of `check --fix`.

/// `vips_autorot`: turns the pixels as the `orientation` field says and removes the field.
static inline int cvips_autorot(VipsImage *in, VipsImage **out) {
    return vips_autorot(in, out, NULL);
}

/// `vips_resize` with its default kernel (Lanczos 3), `hscale` across and `vscale` down.
static inline int cvips_resize(VipsImage *in, VipsImage **out, double hscale, double vscale) {
    return vips_resize(in, out, hscale, "vscale", vscale, NULL);
}

/// `vips_flatten` onto white: alpha is blended away.
static inline int cvips_flatten_white(VipsImage *in, VipsImage **out) {
    VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
    int result = vips_flatten(in, out, "background", white, NULL);
    vips_area_unref(VIPS_AREA(white));
    return result;
}

/// `vips_icc_transform` to sRGB at 8 bits per channel through the embedded profile, or `fallback`
/// (a built-in name: "srgb", "cmyk") when there is none; the output carries the sRGB profile.
static inline int cvips_icc_to_srgb(VipsImage *in, VipsImage **out, const char *fallback) {
    return vips_icc_transform(in, out, "srgb", "input_profile", fallback, "embedded", TRUE, "depth", 8, NULL);
}

/// `vips_profile_load("srgb")`: libvips' built-in sRGB profile, to embed in an image converted without one.
static inline int cvips_srgb_profile(VipsBlob **profile) {
    return vips_profile_load("srgb", profile, NULL);
}

/// `vips_jpegsave_buffer` at quality `q` (1-100), optimised Huffman tables; `strip` drops all metadata.
static inline int cvips_jpegsave_buffer(VipsImage *in, void **buffer, size_t *length, int q, int strip) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", q, "optimize_coding", TRUE, "strip", strip, NULL);
}

/// `vips_pngsave_buffer`, zlib level 6, metadata kept.
static inline int cvips_pngsave_buffer(VipsImage *in, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "compression", 6, NULL);
}

/// `vips_webpsave_buffer` at quality `q`, metadata kept.
static inline int cvips_webpsave_buffer(VipsImage *in, void **buffer, size_t *length, int q) {
    return vips_webpsave_buffer(in, buffer, length, "Q", q, NULL);
}

/// `vips_tiffsave_buffer`, deflate compression, metadata kept.
static inline int cvips_tiffsave_buffer(VipsImage *in, void **buffer, size_t *length) {
    return vips_tiffsave_buffer(in, buffer, length, "compression", VIPS_FOREIGN_TIFF_COMPRESSION_DEFLATE, NULL);
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
