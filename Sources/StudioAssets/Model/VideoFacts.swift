/// The facts only a video has, read from the container headers.
public struct VideoFacts: Sendable, Equatable {
    /// The length in seconds, or nil when neither the container nor the stream tells it.
    public var durationSeconds: Double?
    /// Frames per second of the first video stream (its average frame rate).
    public var fps: Double
    /// The codec of the first video stream, as FFmpeg names it (`h264`, `hevc`, `vp9`, `av1`, ...).
    public var videoCodec: String
    /// Whether there is at least one audio stream.
    public var hasAudio: Bool
    /// Clockwise rotation a player applies when showing the video: 0, 90, 180 or 270.
    public var rotation: Int
    /// The overall bitrate in bits per second, or nil when the container does not tell.
    public var bitrate: Int?

    /// Creates video facts.
    public init(
        durationSeconds: Double?,
        fps: Double,
        videoCodec: String,
        hasAudio: Bool,
        rotation: Int,
        bitrate: Int?
    ) {
        self.durationSeconds = durationSeconds
        self.fps = fps
        self.videoCodec = videoCodec
        self.hasAudio = hasAudio
        self.rotation = rotation
        self.bitrate = bitrate
    }
}
