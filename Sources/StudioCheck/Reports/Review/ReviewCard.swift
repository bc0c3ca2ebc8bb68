import Foundation
import StudioAssets

/// One file's card on the review page, as the template reads it.
struct ReviewCard {
    let asset: CheckedAsset
    /// The file's place in the walk, from 1: its card's id.
    let index: Int
    /// Profile titles by name.
    let profileTitles: [String: String]

    /// The key its ticks are kept under: its SHA-256, or its path when it could not be read.
    static func storageKey(of asset: CheckedAsset) -> String { asset.sha256 ?? "path:" + asset.facts.path }

    var context: [String: Any] {
        let facts = asset.facts
        var card: [String: Any] = [
            "index": index,
            "key": Self.storageKey(of: asset),
            "status": asset.status.rawValue,
            "statusText": ["fail": "Fails", "warn": "Warnings", "pass": "Passes"][asset.status.rawValue] ?? "",
            "name": fileName,
            "facts": factsLine,
            "hasFindings": !asset.findings.isEmpty,
            "findings": asset.findings.map(finding),
            "aspect": Wording.trimmed(aspect),
        ]
        if let folder { card["folder"] = folder }
        if let match = asset.history {
            let made = TextCheckReport.describe(match)
            card["history"] = made.prefix(1).uppercased() + made.dropFirst() + "."
        }
        if let thumbnail = facts.thumbnail {
            card["thumbnail"] = [
                "data": Data(thumbnail.jpeg).base64EncodedString(),
                "width": thumbnail.width,
                "height": thumbnail.height,
                "alt": (facts.kind == .video ? "First frame of " : "Preview of ") + fileName,
            ]
        }
        if let overlay = ThumbnailOverlay(asset) { card["overlay"] = overlay.context }
        return card
    }

    private var fileName: String { asset.facts.path.split(separator: "/").last.map(String.init) ?? asset.facts.path }

    /// The folder part of the path, when there is one.
    private var folder: String? {
        let path = asset.facts.path
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    /// Width over height as displayed; 1 when unknown.
    private var aspect: Double {
        guard let width = asset.facts.width, let height = asset.facts.height, width > 0, height > 0 else { return 1 }
        return Double(width) / Double(height)
    }

    /// `2000 × 1600 px · 1.25:1 · JPEG · srgb · 412 KB`, and the length and frame rate of a video.
    private var factsLine: String {
        let facts = asset.facts
        var parts: [String] = []
        if let width = facts.width, let height = facts.height { parts += ["\(width) × \(height) px", Wording.trimmed(aspect) + ":1"] }
        if let format = facts.format { parts.append(Wording.format(format.rawValue)) }
        if let image = facts.image {
            parts.append(image.colorSpace.rawValue + (image.bitDepth == 8 ? "" : ", \(image.bitDepth)-bit"))
        }
        if let video = facts.video {
            parts.append(video.videoCodec)
            parts.append(video.durationSeconds.map { Wording.trimmed($0) + " s" } ?? "duration unknown")
            parts.append(Wording.trimmed(video.fps) + " fps")
        }
        if let bytes = facts.bytes { parts.append(Wording.bytes(bytes)) }
        return parts.isEmpty ? "Not read" : parts.joined(separator: " · ")
    }

    private func finding(_ finding: Finding) -> [String: Any] {
        var item: [String: Any] = [
            "rule": finding.rule.rawValue,
            "level": finding.level.rawValue,
            "profile": finding.profile ?? "",
            "message": finding.message,
        ]
        if let profile = finding.profile { item["profileTitle"] = profileTitles[profile] ?? profile }
        if let source = finding.source { item["source"] = source }
        return item
    }
}
