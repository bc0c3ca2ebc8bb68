import StudioConcurrency

/// Reads the facts of images and videos: the entry point of `productstudio inspect`.
///
/// ```swift
/// let assets = AssetInspector(options: InspectOptions(pixels: true)).inspect(["downloads"])
/// let report = JSONReport.render(assets)
/// ```
/// Files are read in parallel, one per core; a file that cannot be read gets an ``AssetInfo/error``
/// and the others are still read.
public struct AssetInspector: Sendable {
    /// What to read besides the headers.
    public var options: InspectOptions

    /// Creates an inspector.
    public init(options: InspectOptions = InspectOptions()) {
        self.options = options
    }

    /// Walks `paths` and reads every file found, in the walk's order.
    ///
    /// - Parameters:
    ///   - paths: files and folders; folders are walked recursively (see ``AssetWalker``).
    ///   - progress: updated as files are read, for a progress display.
    /// - Returns: one record per file, in walk order.
    public func inspect(_ paths: [String], progress: InspectProgress = InspectProgress()) -> [AssetInfo] {
        let entries = AssetWalker().entries(paths)
        progress.start(total: entries.count)
        return entries.parallelMap { entry in
            defer { progress.advance() }
            return inspect(entry)
        }
    }

    /// Reads one walked entry.
    public func inspect(_ entry: WalkEntry) -> AssetInfo {
        var info = AssetInfo(path: entry.displayPath)
        info.pathIsUTF8 = entry.pathIsUTF8
        if let error = entry.error {
            info.error = error
            return info
        }
        do {
            try entry.withReadablePath { path throws(AssetError) in
                try read(path, fileExtension: entry.fileExtension, into: &info)
            }
        } catch {
            info.error = error
            info.aiLabel = nil
        }
        return info
    }

    /// Reads the file at `path`, whose name has the extension `fileExtension`.
    private func read(_ path: String, fileExtension: String, into info: inout AssetInfo) throws(AssetError) {
        let file = try AssetFile(path: path)
        info.bytes = file.size
        guard file.size > 0 else { throw .empty }
        let scan = try ContainerScan.scan(file)
        if let unsupported = scan.unsupported { throw .unsupported(format: unsupported) }
        guard let format = scan.format else { throw .unrecognised }
        info.format = format
        info.kind = format.kind
        info.extensionMatches = format.extensions.contains(fileExtension)
        if let truncation = scan.truncation { throw .truncated(format, detail: truncation) }
        info.aiLabel = AILabel(digitalSourceType: scan.digitalSourceType, c2pa: scan.c2pa)
        switch format.kind {
        case .image: try readImage(path, file: file, format: format, scan: scan, into: &info)
        case .video: try readVideo(path, format: format, bytes: file.size, into: &info)
        case .unknown: throw .unrecognised
        }
    }

    private func readImage(
        _ path: String,
        file: AssetFile,
        format: AssetFormat,
        scan: ContainerScan,
        into info: inout AssetInfo
    ) throws(AssetError) {
        var header: ImageHeader
        if let fastHeader = scan.imageHeader { header = fastHeader } else { header = try ImageProbe.read(path: path, format: format) }
        header.apply(scan.stated)
        if scan.readsResolution { header.facts.dpi = scan.statedDPI }
        guard header.storedWidth * header.storedHeight <= options.maxPixels else {
            throw .tooManyPixels(width: header.storedWidth, height: header.storedHeight, limit: options.maxPixels)
        }
        let swaps = Orientation(header.facts.orientation).swapsAxes
        info.width = swaps ? header.storedHeight : header.storedWidth
        info.height = swaps ? header.storedWidth : header.storedHeight
        info.created = header.created
        info.image = header.facts
        guard options.pixels || options.thumbnails else { return }
        let raster = try PixelProbe.raster(
            path: path,
            format: format,
            width: header.storedWidth,
            height: header.storedHeight,
            progressiveJPEG: scan.progressiveJPEG ? try file.read(at: 0, count: file.size) : nil
        )
        info.pixels = PixelAnalysis(raster: raster).stats(
            storedWidth: header.storedWidth,
            storedHeight: header.storedHeight,
            orientation: header.facts.orientation
        )
        if options.thumbnails { info.thumbnail = try? ThumbnailEncoder.encode(raster, orientation: header.facts.orientation) }
    }

    private func readVideo(_ path: String, format: AssetFormat, bytes: Int, into info: inout AssetInfo) throws(AssetError) {
        let header = try VideoProbe.read(path: path, format: format, bytes: bytes)
        info.width = header.width
        info.height = header.height
        info.created = header.created
        info.video = header.facts
        if options.thumbnails { info.thumbnail = try? PosterFrame.thumbnail(path: path, rotation: header.facts.rotation) }
    }
}
