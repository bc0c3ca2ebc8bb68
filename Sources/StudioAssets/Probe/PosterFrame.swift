import CFFmpeg

/// A video's poster: its first key frame, decoded with libavcodec, as a ``Thumbnail``.
enum PosterFrame {
    /// The thumbnail of the first key frame of the video at `path`, turned by the stream's `rotation`
    /// (clockwise degrees, as ``VideoFacts/rotation`` gives it).
    static func thumbnail(path: String, rotation: Int) throws(AssetError) -> Thumbnail {
        let raster = try firstKeyFrame(path: path)
        let orientation = [90: 6, 180: 3, 270: 8][rotation] ?? 1
        return try ThumbnailEncoder.encode(raster, orientation: orientation)
    }

    /// The first key frame of the first video stream, block-averaged to about the thumbnail's size.
    private static func firstKeyFrame(path: String) throws(AssetError) -> Raster {
        AV.start()
        var context: UnsafeMutablePointer<AVFormatContext>?
        try avCall("avformat_open_input") { avformat_open_input(&context, path, nil, nil) }
        defer { avformat_close_input(&context) }
        guard let context else { throw .library(name: "libavformat", call: "avformat_open_input", message: "no context") }
        let index = av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, nil, 0)
        guard index >= 0, let stream = context.pointee.streams[Int(index)] else { throw .noVideoStream }
        guard let codec = avcodec_find_decoder(stream.pointee.codecpar.pointee.codec_id) else {
            throw .library(name: "libavcodec", call: "avcodec_find_decoder", message: "no decoder for this codec")
        }
        var decoder = avcodec_alloc_context3(codec)
        defer { avcodec_free_context(&decoder) }
        guard let decoder else { throw .library(name: "libavcodec", call: "avcodec_alloc_context3", message: "out of memory") }
        try avCall("avcodec_parameters_to_context") { avcodec_parameters_to_context(decoder, stream.pointee.codecpar) }
        decoder.pointee.thread_count = 1  // one file per core already
        try avCall("avcodec_open2") { avcodec_open2(decoder, codec, nil) }
        var packet = av_packet_alloc()
        var frame = av_frame_alloc()
        defer {
            av_packet_free(&packet)
            av_frame_free(&frame)
        }
        guard let packet, let frame else { throw .library(name: "libavcodec", call: "av_frame_alloc", message: "out of memory") }
        var started = false
        while av_read_frame(context, packet) >= 0 {
            defer { av_packet_unref(packet) }
            guard packet.pointee.stream_index == index, started || packet.pointee.flags & AV_PKT_FLAG_KEY != 0 else { continue }
            started = true
            try avCall("avcodec_send_packet") { avcodec_send_packet(decoder, packet) }
            if try receive(decoder, into: frame) { return try raster(of: frame.pointee) }
        }
        // The decoder may hold the frame back until it knows the stream has ended.
        _ = avcodec_send_packet(decoder, nil)
        guard try receive(decoder, into: frame) else {
            throw .library(name: "libavcodec", call: "avcodec_receive_frame", message: "no key frame in the stream")
        }
        return try raster(of: frame.pointee)
    }

    /// Whether the decoder gave a frame; false when it needs more input or has ended.
    private static func receive(_ decoder: UnsafeMutablePointer<AVCodecContext>, into frame: UnsafeMutablePointer<AVFrame>) throws(AssetError) -> Bool
    {
        let code = avcodec_receive_frame(decoder, frame)
        if code == cffmpeg_again() || code == cffmpeg_eof() { return false }
        try avCall("avcodec_receive_frame") { code }
        return true
    }

    /// The frame in RGB, block-averaged so its longer side is at least the thumbnail's.
    private static func raster(of frame: AVFrame) throws(AssetError) -> Raster {
        let (width, height) = (Int(frame.width), Int(frame.height))
        guard width > 0, height > 0 else { throw .noFrameSize }
        let format = AVPixelFormat(frame.format)
        let layout: YUVFrame.Layout
        switch format {
        case AV_PIX_FMT_YUV420P, AV_PIX_FMT_YUVJ420P: layout = .planar(shiftX: 1, shiftY: 1)
        case AV_PIX_FMT_YUV422P, AV_PIX_FMT_YUVJ422P: layout = .planar(shiftX: 1, shiftY: 0)
        case AV_PIX_FMT_YUV444P, AV_PIX_FMT_YUVJ444P: layout = .planar(shiftX: 0, shiftY: 0)
        case AV_PIX_FMT_NV12: layout = .nv12
        case AV_PIX_FMT_GRAY8: layout = .gray
        default:
            let name = av_get_pix_fmt_name(format).map { String(cString: $0) } ?? "\(frame.format)"
            throw .library(name: "libavcodec", call: "avcodec_receive_frame", message: "frames in \(name) have no poster yet")
        }
        let planeCount =
            switch layout {
            case .planar: 3
            case .nv12: 2
            case .gray: 1
            }
        let data: [UnsafeMutablePointer<UInt8>?] = [frame.data.0, frame.data.1, frame.data.2]
        let pointers = data.prefix(planeCount).compactMap { $0.map { UnsafePointer($0) } }
        guard pointers.count == planeCount else { throw .library(name: "libavcodec", call: "avcodec_receive_frame", message: "a plane is missing") }
        let strides = [frame.linesize.0, frame.linesize.1, frame.linesize.2].prefix(planeCount).map(Int.init)
        let yuv = YUVFrame(
            width: width,
            height: height,
            layout: layout,
            matrix: frame.colorspace == AVCOL_SPC_BT709 ? .rec709 : .rec601,
            fullRange: frame.color_range == AVCOL_RANGE_JPEG || [AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUVJ422P, AV_PIX_FMT_YUVJ444P].contains(format),
            planes: pointers,
            strides: strides
        )
        return yuv.raster(reducedBy: max(1, max(width, height) / Thumbnail.maximumSide))
    }
}
