#!/usr/bin/env python3
"""The accuracy of `productstudio inspect` on a collection of real-world kinds of files.

Makes a deterministic collection (seed 13) of the kinds public test-image collections hold: camera-style
JPEGs (orientations, EXIF resolution as rationals and as integers, GPS, dates, ICC profiles, CMYK, gray,
Motion Photos with their clip appended, stray bytes between segments), PNGs of every colour type and depth
(1-16 bits, palettes, APNGs, bytes after IEND), TIFFs (classic and BigTIFF, 1-16 bits, CMYK, CIELab,
palettes, resolution units, EXIF and GPS directories), GIFs (animated, ICC profiles, bytes after the
trailer), WebPs (EXIF resolution, animations), HEIFs and AVIFs (irot, imir, clap, 4:0:0, EXIF) and short
videos (MP4, MOV, WebM, Matroska, AVI, H.263 3GP, a streamed WebM of unknown duration), plus damaged copies.

Then runs `inspect --format json` over it and compares every field with the reference tools: exiftool
(-json -n -G1), ImageMagick `identify` (HEIF displayed size, alpha), ffprobe (videos), and libvips decoding
each image with fail-on=truncated (whether a file is readable). Writes a Markdown section.

Usage: inspect-accuracy.py PRODUCTSTUDIO WORK_DIR REPORT.md
"""
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys

BIN, WORK, REPORT = sys.argv[1], sys.argv[2], sys.argv[3]
CORPUS = os.path.join(WORK, "corpus")
SCRATCH = os.path.join(WORK, "scratch")
TARGET = 0.995
DATE = "2026:11:24 10:00:00"


def icc_v2(description, space=b"RGB "):
    """A minimal version 2 ICC profile with a `desc` tag (enough for every reader to name it)."""
    text = description.encode() + b"\0"
    tag = b"desc" + bytes(4) + len(text).to_bytes(4, "big") + text + bytes(4 + 4 + 2 + 1 + 67)
    tag += bytes(-len(tag) % 4)
    offset = 128 + 4 + 12
    header = (offset + len(tag)).to_bytes(4, "big") + b"none" + (0x02100000).to_bytes(4, "big") + b"mntr"
    header += space + b"XYZ " + bytes(12) + b"acsp"
    header += bytes(128 - len(header))
    header = header[:68] + bytes([0, 0, 0xF6, 0xD6, 0, 1, 0, 0, 0, 0, 0xD3, 0x2D]) + header[80:]
    return header + (1).to_bytes(4, "big") + b"desc" + offset.to_bytes(4, "big") + len(tag).to_bytes(4, "big") + tag


class Collection:
    """Recipes: commands that make a file, exiftool arguments applied in one batch, then byte edits."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.items = []  # (name, [commands], [exiftool arguments] or None, edit or None)

    def add(self, name, commands, exif=None, edit=None):
        self.items.append((name, commands, exif, edit))

    def picture(self):
        """ImageMagick arguments for a random picture of a random size."""
        r = self.random
        w, h = r.randint(24, 320), r.randint(24, 320)
        kind = r.choice(["gradient", "plasma", "shapes"])
        colours = ["red", "blue", "white", "black", "gold", "navy", "gray80", "teal"]
        if kind == "gradient":
            return ["-size", f"{w}x{h}", f"gradient:{r.choice(colours)}-{r.choice(colours)}"]
        if kind == "plasma":
            return ["-seed", str(r.randint(1, 9999)), "-size", f"{w}x{h}", "plasma:fractal"]
        x, y = r.randint(0, w // 2), r.randint(0, h // 2)
        return ["-size", f"{w}x{h}", "xc:white", "-fill", r.choice(colours), "-draw", f"rectangle {x},{y} {x + w // 3},{y + h // 3}"]


def build(c):
    r = c.random
    # Clips to append to Motion Photos, of several lengths.
    clips = []
    for index, seconds in enumerate([1, 2, 3]):
        clip = os.path.join(SCRATCH, f"clip{index}.mp4")
        clips.append(clip)
        c.add(None, [["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc=size=320x240:rate=25", "-t", str(seconds),
                      "-c:v", "libx264", "-pix_fmt", "yuv420p", clip]])
    for name, description in [("adobe.icc", "Adobe RGB (1998)"), ("p3.icc", "Display P3"), ("srgb.icc", "sRGB IEC61966-2.1")]:
        with open(os.path.join(SCRATCH, name), "wb") as f:
            f.write(icc_v2(description))

    def exif_tags():
        tags = []
        if r.random() < 0.5:
            tags += [f"-DateTimeOriginal={DATE}"]
        if r.random() < 0.4:
            tags += ["-GPSLatitude=48.1", "-GPSLatitudeRef=N", "-GPSLongitude=11.5", "-GPSLongitudeRef=E"]
        if r.random() < 0.6:
            res = r.choice([72, 96, 150, 300, 350])
            tags += [f"-XResolution={res}", f"-YResolution={res}", f"-ResolutionUnit={r.choice(['inches', 'cm', 'None'])}"]
        return tags

    # JPEG: 600
    for i in range(600):
        name = f"jpeg/{i:04d}.jpg"
        options = c.picture() + ["-quality", str(r.randint(60, 95))]
        if r.random() < 0.25:
            options += ["-interlace", "Plane"]
        space = r.random()
        if space < 0.08:
            options += ["-colorspace", "Gray"]
        elif space < 0.14:
            options += ["-colorspace", "CMYK"]
        if r.random() < 0.3:
            options += ["-units", r.choice(["PixelsPerInch", "PixelsPerCentimeter", "Undefined"]), "-density", str(r.choice([72, 96, 300]))]
        exif = exif_tags()
        if r.random() < 0.5:
            exif += [f"-Orientation#={r.randint(1, 8)}"]
        if r.random() < 0.15 and space >= 0.14:
            exif += [f"-icc_profile<={os.path.join(SCRATCH, r.choice(['adobe.icc', 'p3.icc', 'srgb.icc']))}"]
        edit = None
        variant = r.random()
        if variant < 0.15:
            clip = r.choice(clips)
            edit = ("append", clip)
        elif variant < 0.25:
            edit = ("stray", bytes(r.randint(0, 255) for _ in range(r.randint(1, 24))))
        elif variant < 0.32:
            # Its only EXIF block: JPEG readers take the first one, exiftool shows every one.
            edit = ("short-xresolution", r.choice([72, 96, 300]))
            exif = [t for t in exif if t.startswith("-icc_profile")]
        c.add(name, [["convert"] + options + [os.path.join(CORPUS, name)]], exif or None, edit)

    # PNG: 500
    for i in range(440):
        name = f"png/{i:04d}.png"
        options = c.picture()
        kind = r.choice(["gray", "gray", "grayalpha", "rgb", "rgba", "palette", "palette-trns"])
        if kind == "gray":
            depth = r.choice([1, 2, 4, 8, 16])
            options += ["-colorspace", "Gray", "-define", "png:color-type=0", "-define", f"png:bit-depth={depth}"]
        elif kind == "grayalpha":
            options += ["-colorspace", "Gray", "-alpha", "on", "-define", "png:color-type=4", "-define", f"png:bit-depth={r.choice([8, 16])}"]
        elif kind == "rgb":
            options += ["-define", "png:color-type=2", "-define", f"png:bit-depth={r.choice([8, 16])}"]
        elif kind == "rgba":
            options += ["-alpha", "on", "-define", "png:color-type=6", "-define", f"png:bit-depth={r.choice([8, 16])}"]
        else:
            depth = r.choice([1, 2, 4, 8])
            if kind == "palette-trns":
                options += ["-alpha", "on", "-fill", "none", "-draw", "color 0,0 point"]
            options += ["-colors", str(min(2 ** depth, 200)), "-define", "png:color-type=3", "-define", f"png:bit-depth={depth}"]
        if r.random() < 0.2:
            options += ["-interlace", "PNG"]
        if r.random() < 0.3:
            options += ["-units", "PixelsPerInch", "-density", str(r.choice([72, 150, 300]))]
        edit = ("append-bytes", r.choice([b"\n", b"\r\n", b"\0" * 7, b"trailing text"])) if r.random() < 0.12 else None
        c.add(name, [["convert"] + options + [os.path.join(CORPUS, name)]], None, edit)
    for i in range(60):
        name = f"png/apng-{i:03d}.png"
        c.add(name, [["pillow-apng", os.path.join(CORPUS, name), str(r.randint(2, 6)), str(r.randint(16, 120)), str(r.randint(16, 120))]])

    # TIFF: 400
    for i in range(400):
        name = f"tiff/{i:04d}.tif"
        options = c.picture() + ["-compress", r.choice(["None", "LZW", "Zip"])]
        kind = r.choice(["rgb", "rgb", "rgba", "gray", "graylow", "cmyk", "lab", "palette"])
        if kind == "rgb":
            options += ["-depth", str(r.choice([8, 16]))]
        elif kind == "rgba":
            options += ["-alpha", "on", "-depth", "8"]
        elif kind == "gray":
            options += ["-colorspace", "Gray", "-depth", str(r.choice([8, 16]))]
        elif kind == "graylow":
            options += ["-colorspace", "Gray", "-depth", str(r.choice([1, 2, 4]))]
        elif kind == "cmyk":
            options += ["-colorspace", "CMYK", "-depth", "8"]
        elif kind == "lab":
            options += ["-colorspace", "Lab", "-depth", "8"]
        else:
            options += ["-type", "Palette", "-colors", "16"]
        # exiftool does not write BigTIFF: a BigTIFF is made from the classic file once its tags are written.
        edit = ("bigtiff", None) if r.random() < 0.3 else None
        c.add(name, [["convert"] + options + [os.path.join(CORPUS, name)]], exif_tags() or None, edit)

    # GIF: 150
    for i in range(150):
        name = f"gif/{i:04d}.gif"
        frames = r.choice([1, 1, 2, 3, 5])
        picture = c.picture()
        options = ["-delay", "10"] + picture * frames if frames > 1 else picture
        if r.random() < 0.3:
            options += ["-transparent", "white"]
        if r.random() < 0.3:
            options += ["-profile", os.path.join(SCRATCH, r.choice(["adobe.icc", "p3.icc"]))]
        edit = ("append-bytes", r.choice([b"\n", b"appended", b"\0" * 9])) if r.random() < 0.15 else None
        c.add(name, [["convert"] + options + [os.path.join(CORPUS, name)]], None, edit)

    # WebP: 150
    for i in range(130):
        name = f"webp/{i:04d}.webp"
        options = c.picture()
        if r.random() < 0.4:
            options += ["-define", "webp:lossless=true"]
        if r.random() < 0.3:
            options += ["-alpha", "on", "-fill", "none", "-draw", "color 0,0 point"]
        c.add(name, [["convert"] + options + [os.path.join(CORPUS, name)]], exif_tags() or None)
    for i in range(20):
        name = f"webp/animated-{i:03d}.webp"
        c.add(name, [["pillow-webp", os.path.join(CORPUS, name), str(r.randint(2, 5)), str(r.randint(16, 120)), str(r.randint(16, 120))]])

    # HEIF and AVIF: 250
    for i in range(100):
        extension = r.choice(["heic", "avif"])
        name = f"heif/{i:04d}.{extension}"
        c.add(name, [["convert"] + c.picture() + [os.path.join(CORPUS, name)]], exif_tags() or None)
    for i in range(150):
        name = f"heif/avifenc-{i:04d}.avif"
        base = os.path.join(SCRATCH, f"avif-base-{i}.png")
        w, h = r.randrange(16, 200, 2), r.randrange(16, 200, 2)
        options = ["--yuv", r.choice(["444", "420", "400"]), "--depth", str(r.choice([8, 8, 10]))]
        if r.random() < 0.5:
            options += ["--irot", str(r.randint(0, 3))]
        if r.random() < 0.3:
            options += ["--imir", str(r.randint(0, 1))]
        if r.random() < 0.4:
            cw, ch = r.randrange(8, w + 1, 2), r.randrange(8, h + 1, 2)
            options += ["--crop", f"{r.randrange(0, w - cw + 1, 2)},{r.randrange(0, h - ch + 1, 2)},{cw},{ch}"]
        commands = [["convert", "-size", f"{w}x{h}", "gradient:red-blue", "-depth", "8", f"PNG24:{base}"]]
        if r.random() < 0.3:
            exif_file = os.path.join(SCRATCH, f"avif-{i}.exif")
            commands.append(["exiftool", "-q", "-o", exif_file, f"-Orientation#={r.randint(1, 8)}", "-XResolution=300",
                             "-YResolution=300", "-ResolutionUnit=inches", base])
            options += ["--exif", exif_file]
        commands.append(["avifenc", "-s", "10"] + options + [base, os.path.join(CORPUS, name)])
        c.add(name, commands)

    # Videos: 150
    for i in range(150):
        kind = r.choice(["mp4", "mp4", "mov", "webm", "mkv", "avi", "3gp", "streamed"])
        w, h = r.randrange(32, 320, 2), r.randrange(32, 240, 2)
        rate = r.choice([15, 24, 25, 30])
        seconds = r.choice([0.5, 1, 2])
        source = ["-f", "lavfi", "-i", f"testsrc=size={w}x{h}:rate={rate}", "-t", str(seconds)]
        audio = ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"] if r.random() < 0.4 else []
        extension = {"streamed": "webm"}.get(kind, kind)
        name = f"video/{i:04d}-{kind}.{extension}"
        target = os.path.join(CORPUS, name)
        codec = {"mp4": ["-c:v", "libx264", "-pix_fmt", "yuv420p"], "mov": ["-c:v", "libx264", "-pix_fmt", "yuv420p"],
                 "webm": ["-c:v", "libvpx-vp9", "-b:v", "200k"], "mkv": ["-c:v", "libx264", "-pix_fmt", "yuv420p"],
                 "avi": ["-c:v", "mpeg4"], "3gp": ["-c:v", "h263"], "streamed": ["-c:v", "libvpx-vp9", "-b:v", "200k"]}[kind]
        if kind == "3gp":
            source = ["-f", "lavfi", "-i", f"testsrc=size=176x144:rate={rate}", "-t", str(seconds)]
        audio_codec = ({"webm": ["-c:a", "libopus"], "streamed": ["-c:a", "libopus"], "avi": ["-c:a", "mp3"],
                        "3gp": ["-c:a", "aac", "-ar", "16000"]}.get(kind, ["-c:a", "aac"]) + ["-shortest"]) if audio else []
        extra = []
        if kind in ("mp4", "mov") and r.random() < 0.4:
            extra += ["-metadata", "creation_time=2026-11-24T10:00:00Z"]
        ffmpeg = ["ffmpeg", "-v", "error", "-y"] + source + audio + codec + audio_codec + extra
        if kind == "streamed":
            c.add(name, [["sh", "-c", " ".join(ffmpeg + ["-live", "1", "-f", "webm", "-", ">", target])]])
        elif kind in ("mp4", "mov") and r.random() < 0.3:
            plain = os.path.join(SCRATCH, f"plain-{i}.{kind}")
            c.add(name, [ffmpeg + [plain], ["ffmpeg", "-v", "error", "-y", "-i", plain, "-c", "copy", "-metadata:s:v:0",
                                            f"rotate={r.choice([90, 180, 270])}", target]])
        else:
            c.add(name, [ffmpeg + [target]])


PILLOW = {
    # Animated files written by Pillow, as many collections hold them (APNG through `save_all=True`).
    "pillow-apng": "png",
    "pillow-webp": "webp",
}


def pillow(kind, path, frames, width, height):
    from PIL import Image
    images = [Image.new("RGBA" if index % 2 else "RGB", (int(width), int(height)), (40 * index % 256, 90, 200)).convert("RGB")
              for index in range(int(frames))]
    images[0].save(path, format=PILLOW[kind].upper(), save_all=True, append_images=images[1:], duration=100, loop=0)


def run(command):
    if command[0] in PILLOW:
        pillow(command[0], *command[1:])
        return
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def short_xresolution_exif(value):
    """An EXIF APP1 segment whose XResolution is a SHORT (EXIF asks for a RATIONAL)."""
    tiff = b"II*\0" + (8).to_bytes(4, "little") + (2).to_bytes(2, "little")
    tiff += bytes([0x1A, 0x01, 3, 0, 1, 0, 0, 0]) + value.to_bytes(2, "little") + bytes(2)
    tiff += bytes([0x28, 0x01, 3, 0, 1, 0, 0, 0, 2, 0, 0, 0]) + bytes(4)
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload


def apply_edit(path, edit):
    kind, value = edit
    data = open(path, "rb").read()
    if kind == "append":
        data += open(value, "rb").read()
    elif kind == "append-bytes":
        data += value
    elif kind == "stray":  # after the first segment (APP0 or APP1)
        cut = 4 + int.from_bytes(data[4:6], "big")
        data = data[:cut] + value.replace(b"\xff", b"\x00") + data[cut:]
    elif kind == "short-xresolution":
        data = data[:2] + short_xresolution_exif(value) + data[2:]
    elif kind == "bigtiff":
        classic = path + ".classic.tif"
        os.rename(path, classic)
        subprocess.run(["tiffcp", "-8", classic, path], check=True)
        os.remove(classic)
        return
    open(path, "wb").write(data)


def damage(c, count):
    """Damaged copies: cut, bits flipped in the header, data garbled. Their errors must be their own."""
    r = c.random
    sources = sorted(name for name, *_ in c.items if name and not name.startswith("video/"))
    made = []
    for index in range(count):
        source = r.choice(sources)
        data = bytearray(open(os.path.join(CORPUS, source), "rb").read())
        how = r.choice(["cut", "flip", "garble"])
        if how == "cut":
            data = data[: r.randint(16, max(17, len(data) - 1))]
        elif how == "flip":
            for _ in range(r.randint(1, 6)):
                data[r.randrange(0, min(256, len(data)))] ^= 1 << r.randint(0, 7)
        else:
            start = r.randrange(len(data) // 3, max(len(data) // 3 + 1, len(data) - 16))
            data[start:start + 16] = bytes(r.randint(0, 255) for _ in range(16))
        name = f"damaged/{index:04d}-{how}-{os.path.basename(source)}"
        open(os.path.join(CORPUS, name), "wb").write(bytes(data))
        made.append(name)
    return made


def make_corpus():
    for folder in ["jpeg", "png", "tiff", "gif", "webp", "heif", "video", "damaged"]:
        os.makedirs(os.path.join(CORPUS, folder), exist_ok=True)
    os.makedirs(SCRATCH, exist_ok=True)
    c = Collection(13)
    build(c)
    clips = [item for item in c.items if item[0] is None]
    files = [item for item in c.items if item[0] is not None]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(lambda item: [run(command) for command in item[1]], clips))
        list(pool.map(lambda item: [run(command) for command in item[1]], files))
    arguments = []
    for name, _, exif, _ in files:
        if exif:
            arguments += ["-q", "-m", "-overwrite_original"] + exif + [os.path.join(CORPUS, name), "-execute"]
    with open(os.path.join(SCRATCH, "exiftool.args"), "w") as f:
        f.write("\n".join(arguments) + "\n")
    subprocess.run(["exiftool", "-@", os.path.join(SCRATCH, "exiftool.args")], check=False, stdout=subprocess.DEVNULL)
    for name, _, _, edit in files:
        if edit:
            apply_edit(os.path.join(CORPUS, name), edit)
    damaged = damage(c, 120)
    return [name for name, *_ in files], damaged


def vips_reads(path):
    """Whether libvips decodes every pixel, failing on truncation (warnings about stray bytes are not damage).

    The `vips` command exits 0 when the decoder fails tile by tile (libheif mirroring a 10-bit picture):
    it only warns "error in tile", so that counts as not decoded too."""
    result = subprocess.run(["vips", "avg", f"{path}[fail-on=truncated]"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return result.returncode == 0 and b"error in tile" not in result.stderr


def identify(path):
    result = subprocess.run(["identify", "-format", "%w %h %A", path + "[0]"], capture_output=True, text=True)
    parts = result.stdout.split()
    return (int(parts[0]), int(parts[1]), parts[2] == "True") if result.returncode == 0 and len(parts) == 3 else None


def ffprobe(path):
    result = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json", path], capture_output=True, text=True)
    return json.loads(result.stdout) if result.returncode == 0 else None


def ratio(text):
    if not text or text in ("0/0", "N/A"):
        return None
    if "/" in text:
        n, d = text.split("/")
        return float(n) / float(d) if float(d) else None
    return float(text)


def first_int(value):
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.split() and value.split()[0].lstrip("-").isdigit():
        return int(value.split()[0])
    return None


def profile_space(description, space):
    name = (description or "").lower()
    if space == "RGB ":
        if "display p3" in name or "p3 d65" in name or name == "p3":
            return "display-p3"
        if "adobe rgb" in name or "adobergb" in name:
            return "adobe-rgb"
        if "srgb" in name or "61966-2" in name:
            return "srgb"
        return "other"
    return {"CMYK": "cmyk", "GRAY": "gray"}.get(space, "other")


def exif_date(text):
    if not isinstance(text, str) or len(text) < 19 or text.startswith("0000"):
        return None
    return f"{text[0:4]}-{text[5:7]}-{text[8:10]}T{text[11:19]}"


def expected_image(name, tags, ident):
    """What the reference tools say about an image, field by field."""
    file_type = str(tags.get("File:FileType", "")).lower()
    fmt = {"heic": "heif", "btf": "tiff", "apng": "png", "extended webp": "webp", "jpeg": "jpeg"}.get(file_type, file_type)
    heif = fmt in ("heif", "avif")
    facts = {"format": fmt}
    orientation = 1 if heif else first_int(tags.get("IFD0:Orientation")) or 1
    facts["orientation"] = orientation if 1 <= orientation <= 8 else 1
    if heif:
        if ident:
            facts["width"], facts["height"] = ident[0], ident[1]
    else:
        w = first_int(tags.get("File:ImageWidth") or tags.get("PNG:ImageWidth") or tags.get("IFD0:ImageWidth") or tags.get("GIF:ImageWidth") or tags.get("RIFF:ImageWidth"))
        h = first_int(tags.get("File:ImageHeight") or tags.get("PNG:ImageHeight") or tags.get("IFD0:ImageHeight") or tags.get("GIF:ImageHeight") or tags.get("RIFF:ImageHeight"))
        if w and h:
            facts["width"], facts["height"] = (h, w) if facts["orientation"] >= 5 else (w, h)
    description = tags.get("ICC_Profile:ProfileDescription")
    facts["iccProfile"] = description.strip() if isinstance(description, str) else None
    space = tags.get("ICC-header:ColorSpaceData")
    if isinstance(space, str) and len(space) == 4:
        facts["colorSpace"] = profile_space(description, space)
    elif fmt == "jpeg":
        facts["colorSpace"] = {1: "gray", 4: "cmyk"}.get(first_int(tags.get("File:ColorComponents")), "srgb")
    elif fmt == "png":
        facts["colorSpace"] = "gray" if first_int(tags.get("PNG:ColorType")) in (0, 4) else "srgb"
    elif fmt == "tiff":
        photometric = first_int(tags.get("IFD0:PhotometricInterpretation"))
        facts["colorSpace"] = {0: "gray", 1: "gray", 2: "srgb", 3: "srgb", 5: "cmyk", 6: "srgb"}.get(photometric, "other")
    elif heif:
        chroma = first_int(tags.get("QuickTime:ChromaFormat"))
        mono = chroma is not None and ((fmt == "avif" and chroma & 4) or (fmt == "heif" and chroma == 0))
        facts["colorSpace"] = "gray" if mono else "srgb"
    else:
        facts["colorSpace"] = "srgb"
    if ident:
        facts["hasAlpha"] = ident[2]
    palette = first_int(tags.get("PNG:ColorType")) == 3 or (fmt == "tiff" and first_int(tags.get("IFD0:PhotometricInterpretation")) == 3)
    if palette or fmt in ("gif", "webp"):
        facts["bitDepth"] = 8
    elif fmt == "png":
        facts["bitDepth"] = first_int(tags.get("PNG:BitDepth"))
    elif fmt == "tiff":
        facts["bitDepth"] = first_int(tags.get("IFD0:BitsPerSample")) or 1
    elif fmt == "jpeg":
        facts["bitDepth"] = first_int(tags.get("File:BitsPerSample"))
    elif heif:
        facts["bitDepth"] = first_int(tags.get("QuickTime:ImagePixelDepth")) or first_int(tags.get("QuickTime:BitDepthLuma"))
    facts["frames"] = first_int(tags.get("GIF:FrameCount") or tags.get("PNG:AnimationFrames")) or 1
    if fmt == "webp":  # exiftool does not count a WebP's frames; Pillow (libwebp's demuxer) does
        from PIL import Image
        with Image.open(os.path.join(CORPUS, name)) as image:
            facts["frames"] = getattr(image, "n_frames", 1)
    facts["dpi"] = None
    if fmt == "png":
        per_unit = tags.get("PNG-pHYs:PixelsPerUnitX")
        if per_unit and first_int(tags.get("PNG-pHYs:PixelUnits")) == 1:
            facts["dpi"] = round(per_unit * 0.0254)
    else:  # EXIF (a TIFF's own tags), else JFIF; the unit "none" states no resolution
        x, unit = tags.get("IFD0:XResolution"), first_int(tags.get("IFD0:ResolutionUnit"))
        if isinstance(x, (int, float)) and x > 0 and (unit or 2) in (2, 3):
            facts["dpi"] = round(x * (2.54 if unit == 3 else 1))
        elif fmt == "jpeg":
            jx, junit = tags.get("JFIF:XResolution"), first_int(tags.get("JFIF:ResolutionUnit"))
            if isinstance(jx, (int, float)) and jx > 0 and junit in (1, 2):
                facts["dpi"] = round(jx * (2.54 if junit == 2 else 1))
    facts["gps"] = any(key.startswith("GPS:") and key != "GPS:GPSVersionID" for key in tags)
    facts["created"] = exif_date(tags.get("ExifIFD:DateTimeOriginal"))
    return facts


def expected_video(probe):
    streams = probe.get("streams", [])
    video = next((s for s in streams if s.get("codec_type") == "video"), {})
    fmt = probe.get("format", {})
    rotation = 0
    for side in video.get("side_data_list", []):
        if "rotation" in side:
            rotation = (360 - int(side["rotation"])) % 360
    w, h = video.get("width"), video.get("height")
    swaps = rotation in (90, 270)
    duration = ratio(fmt.get("duration"))
    bitrate = ratio(fmt.get("bit_rate"))
    creation = (fmt.get("tags") or {}).get("creation_time")
    return {
        "width": h if swaps else w, "height": w if swaps else h,
        "durationSeconds": duration, "fps": ratio(video.get("avg_frame_rate")) or ratio(video.get("r_frame_rate")),
        "videoCodec": video.get("codec_name"), "hasAudio": any(s.get("codec_type") == "audio" for s in streams),
        "rotation": rotation, "bitrate": bitrate, "created": exif_date(creation.replace("-", ":", 2).replace("T", " ")) if creation else None,
    }


def agrees(field, ours, theirs):
    if field in ("durationSeconds",):
        return (ours is None and theirs is None) or (ours is not None and theirs is not None and abs(ours - theirs) < 0.001)
    if field == "fps":
        return ours is not None and theirs is not None and abs(ours - theirs) < 0.01
    if field == "bitrate":
        return theirs is None or (ours is not None and abs(ours - theirs) / theirs < 0.05)
    return ours == theirs


def main():
    for folder in (CORPUS, SCRATCH):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
    files, damaged = make_corpus()
    images = [n for n in files if not n.startswith("video/")]
    videos = [n for n in files if n.startswith("video/")]
    result = subprocess.run([BIN, "inspect", "--format", "json", CORPUS], capture_output=True, text=True)
    ours = {asset["path"]: asset for asset in json.loads(result.stdout)["assets"]}
    again = subprocess.run([BIN, "inspect", "--pixels", "--format", "json", CORPUS], capture_output=True, text=True)
    ours_pixels = {asset["path"]: asset for asset in json.loads(again.stdout)["assets"]}
    exif = subprocess.run(["exiftool", "-json", "-n", "-G1", "-a", "-r", "-q", "-q", os.path.join(CORPUS)], capture_output=True, text=True)
    tags = {os.path.relpath(entry["SourceFile"], CORPUS): entry for entry in json.loads(exif.stdout)}
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        readable = dict(zip(images, pool.map(lambda n: vips_reads(os.path.join(CORPUS, n)), images)))
        idents = dict(zip(images, pool.map(lambda n: identify(os.path.join(CORPUS, n)), images)))
        probes = dict(zip(videos, pool.map(lambda n: ffprobe(os.path.join(CORPUS, n)), videos)))

    fields = {}
    disagreements = []

    def count(field, name, ok, detail):
        seen, agreed = fields.get(field, (0, 0))
        fields[field] = (seen + 1, agreed + (1 if ok else 0))
        if not ok:
            disagreements.append(f"{name}: {field}: {detail}")

    for name in images:
        asset = ours.get(name, {})
        if readable[name] or "ExifTool:Error" not in tags.get(name, {"ExifTool:Error": "not read"}):
            count("read (no error)", name, asset.get("error") is None, asset.get("error"))
        if asset.get("error") is not None:
            continue
        expected = expected_image(name, tags.get(name, {}), idents[name])
        for field, value in expected.items():
            if value is None and field not in ("iccProfile", "dpi", "created"):
                continue
            count(field, name, asset.get(field) == value, f"inspect {asset.get(field)!r}, reference {value!r}")
        if readable[name]:  # libheif cannot mirror 10-bit pictures, libvips refuses several samples below 8 bits, ...
            pixels = ours_pixels.get(name, {})
            count("--pixels (no error)", name, pixels.get("error") is None, pixels.get("error"))
    for name in videos:
        asset, probe = ours.get(name, {}), probes[name]
        if probe is None:
            continue
        count("read (no error)", name, asset.get("error") is None, asset.get("error"))
        if asset.get("error") is not None:
            continue
        for field, value in expected_video(probe).items():
            count(field, name, agrees(field, asset.get(field), value), f"inspect {asset.get(field)!r}, reference {value!r}")
    # Damaged files: each error is the same on both runs and names no other file.
    names = set(ours)
    for name in damaged:
        first, second = ours.get(name, {}).get("error"), ours_pixels.get(name, {}).get("error")
        if first is None:
            continue
        own = all(other == name or other not in first for other in names)
        count("errors name no other file", name, own and "unknown error" not in first, first)
    reruns = subprocess.run([BIN, "inspect", "--format", "json", os.path.join(CORPUS, "damaged")], capture_output=True, text=True)
    rerun = {os.path.join("damaged", a["path"]): a.get("error") for a in json.loads(reruns.stdout)["assets"]}
    for name in damaged:
        count("errors the same on a rerun", name, rerun.get(name) == ours.get(name, {}).get("error"), f"{ours.get(name, {}).get('error')!r} then {rerun.get(name)!r}")

    with open(os.path.join(WORK, "disagreements.txt"), "w") as f:
        f.write("\n".join(disagreements) + "\n")
    kinds = {}
    for name in files:
        kinds[name.split("/")[0]] = kinds.get(name.split("/")[0], 0) + 1
    lines = [
        "## inspect: accuracy on real-world kinds of files",
        "",
        f"A collection made by `scripts/bench/inspect-accuracy.py` (seed 13): {len(files):,} files "
        f"({', '.join(f'{count} {kind}' for kind, count in sorted(kinds.items()))}) and {len(damaged)} damaged copies. "
        "Every field of `inspect --format json` against the reference tools: exiftool `-json -n -G1` (format, stored size, "
        "orientation, ICC profile, colour model, bit depth, frames, resolution, GPS, DateTimeOriginal), ImageMagick "
        "`identify` (the displayed size of HEIF/AVIF through libheif, alpha), ffprobe (videos), and libvips decoding every "
        "image with `fail-on=truncated` (a file it or exiftool reads must not get an error; `--pixels` is counted on the files "
        "libvips decodes). Palette images count as 8 bits; the frames of a WebP are Pillow's count, as exiftool gives none. "
        "The damaged copies check that each error is the same on a second run and names no other file.",
        "",
        "| field | files with it | agree | share | target | met |",
        "|---|---:|---:|---:|---:|---|",
    ]
    all_met = True
    for field, (seen, agreed) in fields.items():
        share = agreed / seen
        met = share >= TARGET
        all_met &= met
        lines.append(f"| {field} | {seen:,} | {agreed:,} | {share:.2%} | >= {TARGET:.1%} | {'yes' if met else '**no**'} |")
    lines += ["", f"{len(disagreements)} disagreements" + (" (listed in `.bench/inspect-accuracy/disagreements.txt`):" if disagreements else "."), ""]
    lines += [f"- {line}" for line in disagreements[:15]]
    if disagreements:
        lines.append("")
    lines.append("Rerun: `make bench-inspect-accuracy` (or `scripts/bench/inspect-accuracy.sh .build/release/productstudio`).")
    with open(REPORT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
