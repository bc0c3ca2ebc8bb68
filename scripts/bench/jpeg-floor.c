/* The decode floor of `inspect --pixels` on baseline JPEGs: libjpeg alone decoding each file named on stdin
 * (one path per line) at 1/8 scale, as libvips' shrink-on-load does, and nothing else. The pixel sum is
 * printed so that the decode cannot be optimised away.
 * Build: cc -O2 -o jpeg-floor jpeg-floor.c $(pkg-config --cflags --libs libjpeg) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>

int main(void) {
    char path[4096];
    unsigned long long sum = 0;
    int files = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 1; }
        struct jpeg_decompress_struct info;
        struct jpeg_error_mgr errors;
        info.err = jpeg_std_error(&errors);
        jpeg_create_decompress(&info);
        jpeg_stdio_src(&info, file);
        jpeg_read_header(&info, TRUE);
        info.scale_num = 1;
        info.scale_denom = 8;
        jpeg_start_decompress(&info);
        JDIMENSION stride = info.output_width * info.output_components;
        JSAMPLE *row = malloc(stride);
        while (info.output_scanline < info.output_height) {
            jpeg_read_scanlines(&info, &row, 1);
            for (JDIMENSION i = 0; i < stride; i++) sum += row[i];
        }
        free(row);
        jpeg_finish_decompress(&info);
        jpeg_destroy_decompress(&info);
        fclose(file);
        files++;
    }
    printf("%d files, pixel sum %llu\n", files, sum);
    return 0;
}
