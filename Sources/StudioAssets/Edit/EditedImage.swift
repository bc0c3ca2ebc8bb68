/// A corrected copy made by ``ImageEditor``: the file's bytes and what became of each operation.
public struct EditedImage: Sendable {
    /// The encoded file.
    public var bytes: [UInt8]
    public var format: AssetFormat
    /// Width and height of the copy.
    public var width: Int
    public var height: Int
    /// The JPEG or WebP quality written, or nil for a lossless format.
    public var quality: Int?
    /// What did not go as asked, or was done without being asked.
    public var notes: [EditNote]
}

/// Something a caller of ``ImageEditor`` should report about an edit.
public enum EditNote: Sendable, Equatable {
    /// The colours were converted to 8-bit sRGB without ``ImageEdit/toSRGB``: the edits work on 8-bit RGB.
    case convertedToSRGB
    /// ``ImageEdit/fillFrame`` was not applied.
    case frameKept(FrameKept)
    /// Even at quality `quality` (or losslessly, for nil) the file is `bytes` bytes, over ``ImageEdit/maximumBytes``.
    case overByteLimit(bytes: Int, quality: Int?)

    /// Why the frame was left as it is.
    public enum FrameKept: Sendable, Equatable {
        /// Nothing differs from the background.
        case noProduct
        /// The product already fills the share asked for.
        case alreadyFilled
        /// The crop would be `width`×`height`, below the minimum size: reaching it would need upscaling.
        case belowMinimum(width: Int, height: Int)
    }
}
