import Foundation
import StudioTestSupport
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
    /// A blue disc on a transparent background, as a lossless WebP.
    private static let losslessCircle = ["-size", "60x40", "xc:none", "-fill", "blue", "-draw", "circle 30,20 30,5", "-define", "webp:lossless=true"]

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
                make: [convert(losslessCircle, "lossless-alpha.webp")],
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
        ] + realWorld

    /// The fixtures whose sample layout libvips' loader refuses: their facts are read, `--pixels` fails.
    static let libvipsRefuses: Set = ["gray-alpha-2bit.tif", "rgb-4bit.tif"]

    /// The odd files of real-world collections (issue 13): each kind once, made the way the wild makes them.
    static let realWorld: [ImageFixture] = [
        // Readable files with bytes the readers skip: a Motion Photo (a JPEG with its MP4 clip appended,
        // longer than any tail window), stray bytes between two JPEG segments, bytes after PNG's IEND and GIF's trailer.
        ImageFixture(
            name: "motion-photo.jpg",
            make: [
                ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "motion-clip.mp4"),
                convert(picture, "motion-still.jpg"),
                shell("cat motion-still.jpg motion-clip.mp4 > motion-photo.jpg"),
            ],
            colorSpace: .srgb
        ),
        ImageFixture(
            name: "stray-bytes.jpg",
            make: [
                convert(picture, "stray-base.jpg"),  // SOI and a 16-byte JFIF segment: the next segment starts at byte 20
                shell("head -c 20 stray-base.jpg > stray-bytes.jpg; printf junk >> stray-bytes.jpg; tail -c +21 stray-base.jpg >> stray-bytes.jpg"),
            ],
            colorSpace: .srgb
        ),
        ImageFixture(
            name: "newline-after-iend.png",
            make: [convert(picture, "PNG24:newline-after-iend.png"), shell("printf '\\n' >> newline-after-iend.png")],
            colorSpace: .srgb
        ),
        ImageFixture(
            name: "bytes-after-trailer.gif",
            make: [convert(picture, "bytes-after-trailer.gif"), shell("printf 'appended' >> bytes-after-trailer.gif")],
            colorSpace: .srgb
        ),
        ImageFixture(
            name: "bigtiff.tif",
            make: [convert(picture, "-compress", "LZW", "classic.tif"), ["tiffcp", "-8", "classic.tif", "bigtiff.tif"]],
            colorSpace: .srgb
        ),
        // Bit depths below 8, a palette of 4-bit indexes (reported as 8, its colours' depth), an APNG.
        grayPNG(bits: 1), grayPNG(bits: 2), grayPNG(bits: 4),
        ImageFixture(
            name: "palette-4bit.png",
            make: [convert(picture, "-colors", "16", "-define", "png:color-type=3", "-define", "png:bit-depth=4", "palette-4bit.png")],
            colorSpace: .srgb
        ),
        ImageFixture(name: "gray-1bit.tif", make: [convert(picture, "-colorspace", "Gray", "-depth", "1", "gray-1bit.tif")], colorSpace: .gray),
        ImageFixture(name: "gray-4bit.tif", make: [convert(picture, "-colorspace", "Gray", "-depth", "4", "gray-4bit.tif")], colorSpace: .gray),
        ImageFixture(
            name: "animated.png",
            make: [ffmpeg("-f", "lavfi", "-i", "testsrc=size=60x40:rate=25", "-frames:v", "3", "-plays", "0", "-f", "apng", "animated.png")],
            colorSpace: .srgb
        ),
        // Resolution and EXIF where libvips leaves them out or misreads them.
        ImageFixture(
            name: "exif-dpi.webp",
            make: [convert(picture, "exif-dpi.webp"), exiftool("-XResolution=300", "-YResolution=300", "-ResolutionUnit=inches", "exif-dpi.webp")],
            colorSpace: .srgb,
            dpi: 300
        ),
        // exiftool adds a VP8X chunk for the EXIF without its alpha flag; the lossless bitstream says alpha.
        ImageFixture(
            name: "exif-alpha.webp",
            make: [
                convert(losslessCircle, "exif-alpha.webp"),
                exiftool("-DateTimeOriginal=\(dateTimeOriginal)", "exif-alpha.webp"),
            ],
            colorSpace: .srgb,
            hasAlpha: true,
            dpi: 72  // exiftool writes its default resolution into a new EXIF block
        ),
        ImageFixture(
            name: "exif.heic",
            make: [
                convert(picture, "exif.heic"),
                exiftool(
                    "-XResolution=240",
                    "-YResolution=240",
                    "-ResolutionUnit=inches",
                    "-DateTimeOriginal=\(dateTimeOriginal)",
                    "-GPSLatitude=48.1",
                    "-GPSLatitudeRef=N",
                    "exif.heic"
                ),
            ],
            colorSpace: .srgb,
            dpi: 240
        ),
        ImageFixture(
            name: "unit-none.tif",
            make: [convert(picture, "unit-none.tif"), exiftool("-XResolution=300", "-YResolution=300", "-ResolutionUnit=None", "unit-none.tif")],
            colorSpace: .srgb
        ),
        ImageFixture(
            name: "unit-cm.tif",
            make: [convert(picture, "unit-cm.tif"), exiftool("-XResolution=100", "-YResolution=100", "-ResolutionUnit=cm", "unit-cm.tif")],
            colorSpace: .srgb,
            dpi: 254
        ),
        ImageFixture(
            name: "exif.tif",
            make: [
                convert(picture, "exif.tif"),
                exiftool("-DateTimeOriginal=\(dateTimeOriginal)", "-GPSLatitude=48.1", "-GPSLatitudeRef=N", "exif.tif"),
            ],
            colorSpace: .srgb
        ),
        // Colour: CIELab has no alpha, a gray-and-alpha TIFF has; a 4:0:0 AVIF is gray; a GIF's ICC profile.
        ImageFixture(name: "lab.tif", make: [convert(picture, "-colorspace", "Lab", "-depth", "8", "lab.tif")], colorSpace: .other),
        ImageFixture(
            name: "gray-alpha.tif",
            make: [convert(picture, "-colorspace", "Gray", "-alpha", "on", "gray-alpha.tif")],
            colorSpace: .gray,
            hasAlpha: true
        ),
        // Several samples below 8 bits: libvips' loader refuses the layout, the header is read from the IFD.
        ImageFixture(
            name: "gray-alpha-2bit.tif",
            make: [convert(picture, "-colorspace", "Gray", "-alpha", "on", "-depth", "2", "gray-alpha-2bit.tif")],
            colorSpace: .gray,
            hasAlpha: true
        ),
        ImageFixture(name: "rgb-4bit.tif", make: [convert(picture, "-depth", "4", "rgb-4bit.tif")], colorSpace: .srgb),
        // A palette of gray colours, which libvips decodes to gray: its colour model is RGB (exiftool: RGB Palette).
        ImageFixture(
            name: "palette-gray.tif",
            make: [convert(["-size", "60x40", "gradient:white-black"], "-type", "Palette", "-colors", "16", "palette-gray.tif")],
            colorSpace: .srgb
        ),
        ImageFixture(name: "mono.avif", make: [avifBase, ["avifenc", "--yuv", "400", "avif-base.png", "mono.avif"]], colorSpace: .gray),
        ImageFixture(name: "icc.gif", make: [convert(picture, "-profile", "adobe-rgb.icc", "icc.gif")], colorSpace: .adobeRGB),
        // HEIF transforms: the displayed size is after the crop (clap) and the rotation (irot); an EXIF
        // orientation inside a HEIF is informational (the iPhone writes 6 beside its irot).
        avif("irot.avif", ["--irot", "1"]),
        avif("imir.avif", ["--imir", "1"]),
        avif("clap.avif", ["--crop", "10,8,30,20"]),
        avif("clap-irot.avif", ["--crop", "10,8,30,20", "--irot", "3"]),
        ImageFixture(
            name: "exif-orientation-irot.avif",
            make: [
                avifBase,
                exiftool("-o", "orientation-6.exif", "-Orientation#=6", "avif-base.png"),
                ["avifenc", "--irot", "3", "--exif", "orientation-6.exif", "avif-base.png", "exif-orientation-irot.avif"],
            ],
            colorSpace: .srgb,
            dpi: 72  // exiftool writes its default resolution into a new EXIF block
        ),
    ]

    private static func shell(_ script: String) -> [String] { ["sh", "-c", script] }

    /// An 8-bit PNG of the picture, for avifenc.
    private static let avifBase = convert(picture, "-depth", "8", "PNG24:avif-base.png")

    private static func avif(_ name: String, _ options: [String]) -> ImageFixture {
        ImageFixture(name: name, make: [avifBase, ["avifenc"] + options + ["avif-base.png", name]], colorSpace: .srgb)
    }

    private static func grayPNG(bits: Int) -> ImageFixture {
        let name = "gray-\(bits)bit.png"
        return ImageFixture(
            name: name,
            make: [convert(picture, "-colorspace", "Gray", "-define", "png:color-type=0", "-define", "png:bit-depth=\(bits)", name)],
            colorSpace: .gray
        )
    }

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
        // H.263 in 3GP: the sample entry gives no frame size, the stream does.
        VideoFixture(
            name: "h263.3gp",
            make: [ffmpeg(["-f", "lavfi", "-i", "testsrc=size=176x144:rate=25", "-t", "1"], "-c:v", "h263", "h263.3gp")]
        ),
        // AVI with MP3 audio that outlasts the video: the duration is the longest stream's.
        VideoFixture(
            name: "audio.avi",
            make: [ffmpeg(testVideo, tone, "-c:v", "mpeg4", "-c:a", "mp3", "-shortest", "audio.avi")]
        ),
        // Written to a pipe: the header never got its duration, which is unknown (ffprobe: N/A).
        VideoFixture(
            name: "streamed.webm",
            make: [
                shell("ffmpeg -v error -y -f lavfi -i testsrc=size=64x48:rate=25 -t 1 -c:v libvpx-vp9 -b:v 100k -live 1 -f webm - > streamed.webm")
            ]
        ),
    ]

    /// The folder holding every fixture, made on first use.
    static let folder: URL = {
        let folder = try! ScratchSpace.folder("fixtures")
        try! Data(ICCProfileMaker.version2(description: "Adobe RGB (1998)")).write(to: folder.appendingPathComponent("adobe-rgb.icc"))
        try! Data(ICCProfileMaker.version4(description: "Display P3")).write(to: folder.appendingPathComponent("display-p3.icc"))
        for command in images.flatMap(\.make) + videos.flatMap(\.make) {
            do { try Tool.run(command, in: folder) } catch { fatalError("making fixtures: \(error)") }
        }
        return folder
    }()

    /// The path of a fixture.
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A fresh empty folder for one test, removed when the tests end.
    static func scratchFolder() throws -> URL { try ScratchSpace.folder() }
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
