/// Makes corrected copies of images: the image operations behind `productstudio check --fix`.
///
/// ```swift
/// var edit = ImageEdit(format: .jpeg)
/// edit.toSRGB = true
/// let copy = try ImageEditor().apply(edit, to: entry, format: .jpeg)
/// try Data(copy.bytes).write(to: target)
/// ```
///
/// The file is only ever opened for reading; the copy comes back as bytes, for the caller to write where
/// the user said. The whole image is decoded (libvips), edited and encoded again.
public struct ImageEditor: Sendable {
    /// The formats a copy can be written in.
    public static let writableFormats: [AssetFormat] = [.jpeg, .png, .webp, .tiff]

    /// Creates an editor.
    public init() {}

    /// The copy of the image `entry` (whose content is `format`) that `edit` describes.
    /// - Throws: ``AssetError`` when the file cannot be read, decoded or encoded.
    public func apply(_ edit: ImageEdit, to entry: WalkEntry, format: AssetFormat) throws(AssetError) -> EditedImage {
        guard Self.writableFormats.contains(edit.format) else {
            throw .library(name: "libvips", call: "save", message: "\(edit.format.rawValue) files cannot be written")
        }
        return try entry.withReadablePath { path throws(AssetError) in try ImageEditing.run(edit, path: path, format: format) }
    }
}
