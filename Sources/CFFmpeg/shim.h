// libavformat, libavcodec and libavutil. Function-like macros (AVERROR, ...) and
// constants Swift does not import are wrapped below (prefix `cffmpeg_`).
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>

/// `AV_NOPTS_VALUE`: an `INT64_C(...)` macro Swift does not import.
static inline int64_t cffmpeg_nopts_value(void) { return AV_NOPTS_VALUE; }

/// `AV_TIME_BASE`: the microsecond time base of `AVFormatContext.duration`.
static inline int cffmpeg_time_base(void) { return AV_TIME_BASE; }

/// `AVERROR(EAGAIN)`: a decoder wants more input before it gives a frame.
static inline int cffmpeg_again(void) { return AVERROR(EAGAIN); }

/// `AVERROR_EOF`: a decoder or demuxer has nothing more to give.
static inline int cffmpeg_eof(void) { return AVERROR_EOF; }
