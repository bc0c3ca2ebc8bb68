import Foundation
import Testing

@testable import StudioAssets

/// Every video fact `inspect` reports, compared with ffprobe (and exiftool for rotation).
@Suite struct VideoFactsTests {
    private func number(_ value: Any?) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        if let text = value as? String {
            let parts = text.split(separator: "/").compactMap { Double($0) }
            if parts.count == 2, parts[1] != 0 { return parts[0] / parts[1] }
            return Double(text)
        }
        return nil
    }

    @Test(arguments: Fixtures.videos)
    func matchesFFprobe(_ fixture: VideoFixture) throws {
        let url = Fixtures.url(fixture.name)
        let asset = AssetInspector().inspect(WalkEntry(openPath: url.path, displayPath: fixture.name))
        #expect(asset.error == nil)
        let video = try #require(asset.video)
        #expect(asset.image == nil)
        let probe = try Tool.ffprobe(url)
        let streams = probe["streams"] as? [[String: Any]] ?? []
        let format = probe["format"] as? [String: Any] ?? [:]
        let stream = try #require(streams.first { $0["codec_type"] as? String == "video" })

        #expect(asset.kind == .video)
        let fileExtension = URL(fileURLWithPath: fixture.name).pathExtension
        #expect(asset.format?.rawValue == (fileExtension == "3gp" ? "mp4" : fileExtension))
        #expect(asset.extensionMatches)
        #expect(video.videoCodec == stream["codec_name"] as? String)
        #expect(video.hasAudio == streams.contains { $0["codec_type"] as? String == "audio" })
        if let duration = number(format["duration"]) {
            #expect(abs((video.durationSeconds ?? -1) - duration) < 0.001)
        } else {
            #expect(video.durationSeconds == nil)  // ffprobe: N/A
        }
        let fps = try #require(number(stream["avg_frame_rate"]) ?? number(stream["r_frame_rate"]))
        #expect(abs(video.fps - fps) < 0.01)
        if let bitrate = number(format["bit_rate"]), let ours = video.bitrate {
            #expect(abs(Double(ours) - bitrate) / bitrate < 0.05)
        }

        let sideData = (stream["side_data_list"] as? [[String: Any]]) ?? []
        let counterClockwise = sideData.compactMap { number($0["rotation"]) }.first ?? 0
        let rotation = (360 - Int(counterClockwise)) % 360
        #expect(video.rotation == rotation)
        let exif = try Tool.exiftool(url)
        if let exifRotation = exif["Rotation"] as? NSNumber { #expect(video.rotation == exifRotation.intValue) }

        let width = try #require(number(stream["width"]))
        let height = try #require(number(stream["height"]))
        let swaps = rotation == 90 || rotation == 270
        #expect(asset.width == Int(swaps ? height : width))
        #expect(asset.height == Int(swaps ? width : height))

        let creation = ((format["tags"] as? [String: Any])?["creation_time"] as? String).flatMap(EXIFDate.isoString)
        #expect(asset.created == creation)
    }

    @Test func rotatedVideoSwapsWidthAndHeight() {
        let asset = AssetInspector().inspect(WalkEntry(openPath: Fixtures.url("rotated.mp4").path, displayPath: "rotated.mp4"))
        #expect(asset.video?.rotation == 270)
        #expect(asset.width == 48)
        #expect(asset.height == 64)
    }

    @Test func movCreationTimeIsReported() {
        let asset = AssetInspector().inspect(WalkEntry(openPath: Fixtures.url("silent.mov").path, displayPath: "silent.mov"))
        #expect(asset.created == "2026-11-24T10:00:00")
    }
}
