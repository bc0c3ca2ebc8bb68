import Foundation
import Testing

@testable import StudioAssets

/// An image made at test time, with the facts the oracles cannot tell on their own.
struct ImageFixture: Sendable, CustomTestStringConvertible {
    let name: String
    /// Commands run in the fixture folder to make the file.
    let make: [[String]]
    let colorSpace: ColorSpace
    var hasAlpha = false
    var dpi: Int? = nil

    var testDescription: String { name }
}

/// A video made at test time.
struct VideoFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let make: [[String]]
    var testDescription: String { name }
}

/// The fixture folder, made once per test run with ImageMagick, exiftool and FFmpeg.
enum Fixtures {
    static let dateTimeOriginal = "2026:11:24 10:00:00"
    static let aiType = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

    private static func convert(_ arguments: String...) -> [String] { ["convert"] + arguments }
    private static func exiftool(_ arguments: String...) -> [String] {
        ["exiftool", "-q", "-overwrite_original"] + arguments
    }
    private static func ffmpeg(_ arguments: String...) -> [String] {
        ["ffmpeg", "-v", "error", "-y"] + arguments
    }

    /// A red-and-blue picture big enough for EXIF orientation to matter (wider than tall).
    private static let picture = ["-size", "60x40", "gradient:red-blue"]

    static let images: [ImageFixture] =
        (1...8).map { orientation in
            ImageFixture(
                name: "orientation-\(orientation).jpg",
                make: [
                    convert(["-size", "60x40", "gradient:red-blue"], "orientation-\(orientation).jpg"),
                    exiftool("-Orientation#=\(orientation)", "orientation-\(orientation).jpg"),
                ],
                colorSpace: .srgb
            )
        } + [
            ImageFixture(name: "cmyk.jpg", make: [convert(picture, "-colorspace", "CMYK", "cmyk.jpg")], colorSpace: .cmyk),
            ImageFixture(name: "gray.jpg", make: [convert(picture, "-colorspace", "Gray", "gray.jpg")], colorSpace: .gray),
            ImageFixture(
                name: "progressive.jpg",
                make: [convert(picture, "-interlace", "Plane", "progressive.jpg")],
                colorSpace: .srgb
            ),
            ImageFixture(
                name: "adobe-rgb.jpg",
                make: [convert(picture, "adobe-rgb.jpg"), exiftool("-icc_profile<=adobe-rgb.icc", "adobe-rgb.jpg")],
                colorSpace: .adobeRGB
            ),
            ImageFixture(
                name: "display-p3.jpg",
                make: [convert(picture, "display-p3.jpg"), exiftool("-icc_profile<=display-p3.icc", "display-p3.jpg")],
                colorSpace: .displayP3
            ),
            ImageFixture(
                name: "exif-facts.jpg",
                make: [
                    convert(picture, "-density", "300", "-units", "PixelsPerInch", "exif-facts.jpg"),
                    exiftool(
                        "-DateTimeOriginal=\(dateTimeOriginal)",
                        "-DateTime=2020:01:01 00:00:00",
                        "-GPSLatitude=48.1",
                        "-GPSLatitudeRef=N",
                        "-XResolution=300",
                        "-YResolution=300",
                        "-ResolutionUnit=inches",
                        "-XMP-iptcExt:DigitalSourceType=\(aiType)",
                        "exif-facts.jpg"
                    ),
                ],
                colorSpace: .srgb,
                dpi: 300
            ),
            ImageFixture(name: "rgb16.png", make: [convert(picture, "PNG48:rgb16.png")], colorSpace: .srgb),
            ImageFixture(
                name: "palette-transparent.png",
                make: [convert("-size", "60x40", "xc:none", "-fill", "red", "-draw", "rectangle 10,10 40,30", "PNG8:palette-transparent.png")],
                colorSpace: .srgb,
                hasAlpha: true
            ),
            ImageFixture(
                name: "interlaced.png",
                make: [convert(picture, "-interlace", "PNG", "PNG24:interlaced.png")],
                colorSpace: .srgb
            ),
            ImageFixture(
                name: "opaque-rgba.png",
                make: [convert(picture, "-alpha", "on", "PNG32:opaque-rgba.png")],
                colorSpace: .srgb,
                hasAlpha: true
            ),
            ImageFixture(
                name: "dpi.png",
                make: [convert(picture, "-units", "PixelsPerInch", "-density", "150", "PNG24:dpi.png")],
                colorSpace: .srgb,
                dpi: 150
            ),
            ImageFixture(name: "gray.png", make: [convert(picture, "-colorspace", "Gray", "PNG:gray.png")], colorSpace: .gray),
            ImageFixture(
                name: "lossy.webp",
                make: [convert(picture, "-quality", "80", "lossy.webp")],
                colorSpace: .srgb
            ),
            ImageFixture(
                name: "lossless-alpha.webp",
                make: [
                    convert(
                        "-size",
                        "60x40",
                        "xc:none",
                        "-fill",
                        "blue",
                        "-draw",
                        "circle 30,20 30,5",
                        "-define",
                        "webp:lossless=true",
                        "lossless-alpha.webp"
                    )
                ],
                colorSpace: .srgb,
                hasAlpha: true
            ),
            ImageFixture(name: "picture.tif", make: [convert(picture, "-compress", "LZW", "picture.tif")], colorSpace: .srgb),
            ImageFixture(
                name: "animated.gif",
                make: [convert("-delay", "10", "-size", "60x40", "xc:red", "xc:blue", "xc:green", "animated.gif")],
                colorSpace: .srgb
            ),
            ImageFixture(name: "picture.heic", make: [convert(picture, "picture.heic")], colorSpace: .srgb),
            ImageFixture(name: "picture.avif", make: [convert(picture, "picture.avif")], colorSpace: .srgb),
        ]

    private static let testVideo = ["-f", "lavfi", "-i", "testsrc=size=64x48:rate=25", "-t", "1"]
    private static let tone = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1"]

    static let videos: [VideoFixture] = [
        VideoFixture(name: "silent.mp4", make: [ffmpeg(testVideo, "-c:v", "libx264", "-pix_fmt", "yuv420p", "silent.mp4")]),
        VideoFixture(
            name: "audio.mp4",
            make: [ffmpeg(testVideo, tone, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "audio.mp4")]
        ),
        VideoFixture(
            name: "silent.mov",
            make: [ffmpeg(testVideo, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-metadata", "creation_time=2026-11-24T10:00:00Z", "silent.mov")]
        ),
        VideoFixture(
            name: "audio.mov",
            make: [ffmpeg(testVideo, tone, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "audio.mov")]
        ),
        VideoFixture(
            name: "rotated.mp4",
            make: [
                ffmpeg(testVideo, "-c:v", "libx264", "-pix_fmt", "yuv420p", "plain.mp4"),
                ffmpeg("-i", "plain.mp4", "-c", "copy", "-metadata:s:v:0", "rotate=90", "rotated.mp4"),
            ]
        ),
        VideoFixture(name: "clip.webm", make: [ffmpeg(testVideo, "-c:v", "libvpx-vp9", "-b:v", "100k", "clip.webm")]),
    ]

    /// The folder holding every fixture, made on first use.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studio-assets-fixtures-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! Data(ICCProfileMaker.version2(description: "Adobe RGB (1998)")).write(to: folder.appendingPathComponent("adobe-rgb.icc"))
        try! Data(ICCProfileMaker.version4(description: "Display P3")).write(to: folder.appendingPathComponent("display-p3.icc"))
        for command in images.flatMap(\.make) + videos.flatMap(\.make) {
            do { try Tool.run(command, in: folder) } catch { fatalError("making fixtures: \(error)") }
        }
        return folder
    }()

    /// The path of a fixture.
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A fresh empty folder for one test.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("studio-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Fixtures {
    fileprivate static func convert(_ picture: [String], _ rest: String...) -> [String] { ["convert"] + picture + rest }
    fileprivate static func ffmpeg(_ input: [String], _ rest: String...) -> [String] {
        ["ffmpeg", "-v", "error", "-y"] + input + rest
    }
    fileprivate static func ffmpeg(_ input: [String], _ more: [String], _ rest: String...) -> [String] {
        ["ffmpeg", "-v", "error", "-y"] + input + more + rest
    }
}
