// libavformat, libavcodec and libavutil. Function-like macros (AVERROR, ...) and
// constants Swift does not import are wrapped below (prefix `cffmpeg_`).
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
