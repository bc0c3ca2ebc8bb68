import StudioJSON

/// Renders ``AssetInfo`` records as an aligned table for people (`--format text`).
///
/// ```
/// PATH        KIND   FORMAT  SIZE       BYTES   FACTS
/// a.jpg       image  jpeg    2000x2000  412345  srgb, 8-bit, 72 dpi
/// clip.mp4    video  mp4     1080x1920  934512  h264, 5.000 s, 30 fps, audio
/// notes.jpg   unknown -      -          12      error: not an image or video ...
/// ```
public enum TextReport {
    /// The table and a summary line, ending with a newline.
    public static func render(_ assets: [AssetInfo]) -> String {
        let header = ["PATH", "KIND", "FORMAT", "SIZE", "BYTES", "FACTS"]
        let rows = [header] + assets.map(row)
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { cells in
            cells.indices.map { column in
                column == cells.count - 1 ? cells[column] : cells[column].padding(to: widths[column])
            }.joined(separator: "  ")
        }
        lines.append(summary(assets))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ asset: AssetInfo) -> [String] {
        let size = asset.width.flatMap { width in asset.height.map { "\(width)x\($0)" } } ?? "-"
        return [
            asset.path, asset.kind.rawValue, asset.format?.rawValue ?? "-", size, asset.bytes.map(String.init) ?? "-",
            facts(asset),
        ]
    }

    private static func facts(_ asset: AssetInfo) -> String {
        if let error = asset.error { return "error: \(error)" }
        var parts: [String] = []
        if !asset.extensionMatches { parts.append("extension does not match") }
        if let image = asset.image {
            parts.append(image.iccProfile.map { "\(image.colorSpace.rawValue) (\($0))" } ?? image.colorSpace.rawValue)
            parts.append("\(image.bitDepth)-bit")
            if image.hasAlpha { parts.append("alpha") }
            if image.orientation != 1 { parts.append("orientation \(image.orientation)") }
            if let dpi = image.dpi { parts.append("\(dpi) dpi") }
            if image.frames > 1 { parts.append("\(image.frames) frames") }
            if image.gps { parts.append("GPS") }
        }
        if let video = asset.video {
            parts.append(video.videoCodec)
            parts.append(video.durationSeconds.map { "\(JSONText.number($0, places: 3)) s" } ?? "duration unknown")
            parts.append("\(JSONText.number(video.fps, places: 3)) fps")
            if video.hasAudio { parts.append("audio") }
            if video.rotation != 0 { parts.append("rotation \(video.rotation)") }
        }
        if let created = asset.created { parts.append("created \(created)") }
        if let label = asset.aiLabel {
            if let type = label.digitalSourceType { parts.append("AI: \(type)") }
            if label.c2pa { parts.append("C2PA") }
        }
        if let pixels = asset.pixels {
            parts.append("border \(Int((pixels.border.nearWhiteShare * 100).rounded()))% near-white")
            if pixels.anyTransparent { parts.append("transparent pixels") }
            if let product = pixels.product { parts.append("product fill \(Int((product.fill * 100).rounded()))%") }
        }
        return parts.joined(separator: ", ")
    }

    private static func summary(_ assets: [AssetInfo]) -> String {
        let images = assets.count { $0.kind == .image && $0.error == nil }
        let videos = assets.count { $0.kind == .video && $0.error == nil }
        let errors = assets.count { $0.error != nil }
        return "\(assets.count) files: \(images) images, \(videos) videos, \(errors) not read"
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
