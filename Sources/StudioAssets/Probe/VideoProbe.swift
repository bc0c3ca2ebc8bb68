import CFFmpeg

/// Reads a video's facts from its container headers with libavformat; no frame is decoded unless the
/// headers leave the frame size or the frame rate out (H.263 in 3GP), when libavformat reads the first
/// packets for them.
enum VideoProbe {
    /// The facts a container header gives.
    struct Header: Equatable {
        /// Displayed width and height (swapped for a rotation of 90 or 270 degrees).
        var width: Int
        var height: Int
        var facts: VideoFacts
        /// The container's creation time as `YYYY-MM-DDTHH:MM:SS`.
        var created: String?
    }

    /// FFmpeg's demuxer for each video format, so the content is not probed a second time.
    private static func demuxer(for format: AssetFormat) -> String? {
        switch format {
        case .mp4, .mov: "mov"
        case .webm, .mkv: "matroska"
        case .avi: "avi"
        case .jpeg, .png, .webp, .gif, .tiff, .heif, .avif: nil
        }
    }

    /// Reads the container header of the video at `path`.
    static func read(path: String, format: AssetFormat, bytes: Int) throws(AssetError) -> Header {
        AV.start()
        let inputFormat = demuxer(for: format).flatMap { av_find_input_format($0) }
        var context: UnsafeMutablePointer<AVFormatContext>?
        try avCall("avformat_open_input") { avformat_open_input(&context, path, inputFormat, nil) }
        defer { avformat_close_input(&context) }
        guard let context else { throw .library(name: "libavformat", call: "avformat_open_input", message: "no context") }
        let streams = (0..<Int(context.pointee.nb_streams)).compactMap { context.pointee.streams[$0] }
        let isCover = { (stream: UnsafeMutablePointer<AVStream>) in
            stream.pointee.disposition & AV_DISPOSITION_ATTACHED_PIC != 0
        }
        guard let video = streams.first(where: { $0.pointee.codecpar.pointee.codec_type == AVMEDIA_TYPE_VIDEO && !isCover($0) })
        else { throw .noVideoStream }
        let sized = video.pointee.codecpar.pointee.width > 0 && video.pointee.codecpar.pointee.height > 0
        if !sized || frameRate(video.pointee) == 0 {
            // When it fails, the headers' facts stand and a missing frame size is reported below.
            _ = avformat_find_stream_info(context, nil)
        }
        let parameters = video.pointee.codecpar.pointee
        guard parameters.width > 0, parameters.height > 0 else { throw .noFrameSize }
        let rotation = rotation(of: video)
        let duration = duration(context.pointee, streams)
        let facts = VideoFacts(
            durationSeconds: duration,
            fps: frameRate(video.pointee),
            videoCodec: String(cString: avcodec_get_name(parameters.codec_id)),
            hasAudio: streams.contains { $0.pointee.codecpar.pointee.codec_type == AVMEDIA_TYPE_AUDIO },
            rotation: rotation,
            bitrate: context.pointee.bit_rate > 0
                ? Int(context.pointee.bit_rate) : duration.map { Int((Double(bytes) * 8 / $0).rounded()) }
        )
        let swaps = rotation == 90 || rotation == 270
        let created = av_dict_get(context.pointee.metadata, "creation_time", nil, 0)
            .flatMap { EXIFDate.isoString(String(cString: $0.pointee.value)) }
        return Header(
            width: Int(swaps ? parameters.height : parameters.width),
            height: Int(swaps ? parameters.width : parameters.height),
            facts: facts,
            created: created
        )
    }

    /// The average frame rate, else the base frame rate, else 0.
    private static func frameRate(_ stream: AVStream) -> Double {
        for rate in [stream.avg_frame_rate, stream.r_frame_rate] where rate.num > 0 && rate.den > 0 {
            return Double(rate.num) / Double(rate.den)
        }
        return 0
    }

    /// The container's duration, else the longest stream's (as ffprobe reports it once every stream is
    /// known: an AVI's audio can outlast its video), in seconds; nil when none is known.
    private static func duration(_ context: AVFormatContext, _ streams: [UnsafeMutablePointer<AVStream>]) -> Double? {
        if context.duration != cffmpeg_nopts_value(), context.duration > 0 {
            return Double(context.duration) / Double(cffmpeg_time_base())
        }
        return streams.compactMap { pointer -> Double? in
            let stream = pointer.pointee
            guard stream.duration != cffmpeg_nopts_value(), stream.duration > 0, stream.time_base.den > 0 else { return nil }
            return Double(stream.duration) * Double(stream.time_base.num) / Double(stream.time_base.den)
        }.max()
    }

    /// The clockwise rotation from the stream's display matrix, rounded to a multiple of 90 degrees.
    private static func rotation(of stream: UnsafeMutablePointer<AVStream>) -> Int {
        var size: Int = 0
        guard let data = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size), size >= 36 else { return 0 }
        let angle = data.withMemoryRebound(to: Int32.self, capacity: 9) { av_display_rotation_get($0) }
        guard angle.isFinite else { return 0 }
        let clockwise = Int((-angle / 90).rounded()) * 90
        return (clockwise % 360 + 360) % 360
    }
}
