/// Why one file could not be read.
///
/// Each case holds data; ``description`` holds the wording.
public enum AssetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no bytes.
    case empty
    /// The content matches no image or video format.
    case unrecognised
    /// The content is a format `inspect` recognises but does not read (`camera raw (CR3)`).
    case unsupported(format: String)
    /// The file ends before the format's end marker (`detail` names what is missing).
    case truncated(AssetFormat, detail: String)
    /// The header declares more pixels than the limit; nothing was decoded.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// The operating system refused an operation (`errno` code and its message).
    case system(operation: String, code: Int32, message: String)
    /// A symbolic link whose target does not exist.
    case brokenSymlink(target: String)
    /// A symbolic link that leads back to itself or to a folder already being walked.
    case symlinkLoop
    /// The path does not exist.
    case notFound
    /// A container with no video stream.
    case noVideoStream
    /// A video stream whose header gives no frame size.
    case noFrameSize
    /// libvips or libavformat failed; `call` is the failing function, `message` the library's words.
    case library(name: String, call: String, message: String)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .empty: "empty file (0 bytes)"
        case .unrecognised: "not an image or video: the content matches no known format"
        case .unsupported(let format): "\(format) is not supported"
        case .truncated(let format, let detail): "truncated \(format.rawValue.uppercased()) file: \(detail)"
        case .tooManyPixels(let width, let height, let limit):
            "the header declares \(width)x\(height) = \(width * height) pixels, over the limit of \(limit) set for this run; not decoded"
        case .system(let operation, let code, let message): "\(operation) failed: \(message) (errno \(code))"
        case .brokenSymlink(let target): "broken symbolic link: target '\(target)' does not exist"
        case .symlinkLoop: "symbolic link loop: the link leads back to itself or to a folder already being read"
        case .notFound: "no such file or folder"
        case .noVideoStream: "the container has no video stream"
        case .noFrameSize: "the video stream's header gives no frame size"
        case .library(let name, let call, let message): "\(name) error in \(call): \(message)"
        }
    }
}
