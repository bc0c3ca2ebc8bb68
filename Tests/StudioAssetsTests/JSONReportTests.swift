import Testing

@testable import StudioAssets

/// The JSON contract: key order, null versus absent, enum strings.
@Suite struct JSONReportTests {
    @Test func imageHasImageKeysAndNoVideoKeys() {
        var asset = AssetInfo(path: "BAG-0042_20261124_main.jpg", kind: .image, format: .jpeg, extensionMatches: true)
        asset.bytes = 123456
        asset.width = 2000
        asset.height = 1500
        asset.image = ImageFacts(
            orientation: 6,
            colorSpace: .displayP3,
            iccProfile: "Display P3",
            hasAlpha: false,
            bitDepth: 8,
            frames: 1,
            dpi: 72,
            gps: true
        )
        asset.created = "2026-11-24T10:00:00"
        asset.aiLabel = AILabel(digitalSourceType: "trainedAlgorithmicMedia", c2pa: true)
        #expect(
            JSONReport.object(asset) == """
                {"path": "BAG-0042_20261124_main.jpg", "kind": "image", "format": "jpeg", "extensionMatches": true, \
                "bytes": 123456, "width": 2000, "height": 1500, "orientation": 6, "colorSpace": "display-p3", \
                "iccProfile": "Display P3", "hasAlpha": false, "bitDepth": 8, "frames": 1, "dpi": 72, "gps": true, \
                "created": "2026-11-24T10:00:00", "aiLabel": {"digitalSourceType": "trainedAlgorithmicMedia", "c2pa": true}, \
                "error": null}
                """
        )
    }

    @Test func videoHasVideoKeysAndNoImageKeys() {
        var asset = AssetInfo(path: "clip.mov", kind: .video, format: .mov, extensionMatches: true)
        asset.bytes = 10
        asset.width = 1080
        asset.height = 1920
        asset.aiLabel = AILabel()
        asset.video = VideoFacts(durationSeconds: 5, fps: 30000.0 / 1001.0, videoCodec: "h264", hasAudio: false, rotation: 90, bitrate: 8000)
        #expect(
            JSONReport.object(asset) == """
                {"path": "clip.mov", "kind": "video", "format": "mov", "extensionMatches": true, "bytes": 10, \
                "width": 1080, "height": 1920, "created": null, "aiLabel": {"digitalSourceType": null, "c2pa": false}, \
                "durationSeconds": 5.0, "fps": 29.97, "videoCodec": "h264", "hasAudio": false, "rotation": 90, \
                "bitrate": 8000, "error": null}
                """
        )
    }

    @Test func unreadableFileHasNullsAndTheError() {
        var asset = AssetInfo(path: "notes \"draft\".jpg")
        asset.bytes = 0
        asset.error = .empty
        #expect(
            JSONReport.object(asset) == """
                {"path": "notes \\"draft\\".jpg", "kind": "unknown", "format": null, "extensionMatches": false, \
                "bytes": 0, "width": null, "height": null, "created": null, "aiLabel": null, \
                "error": "empty file (0 bytes)"}
                """
        )
    }

    @Test func reportWrapsAssetsOnePerLine() {
        let report = JSONReport.render([AssetInfo(path: "a"), AssetInfo(path: "b")])
        #expect(report.hasPrefix("{\"assets\": [\n  {\"path\": \"a\""))
        #expect(report.hasSuffix("}\n]}\n"))
        #expect(report.split(separator: "\n").count == 4)
        #expect(JSONReport.render([]) == "{\"assets\": []}\n")
    }

    @Test(arguments: [
        (ColorSpace.srgb, "srgb"), (.displayP3, "display-p3"), (.adobeRGB, "adobe-rgb"), (.cmyk, "cmyk"), (.gray, "gray"), (.other, "other"),
    ])
    func colorSpaceStrings(_ space: ColorSpace, _ text: String) {
        #expect(space.rawValue == text)
    }
}
