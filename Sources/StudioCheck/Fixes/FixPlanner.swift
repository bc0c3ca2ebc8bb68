import StudioAssets
import StudioCore

/// Works out, from a check's findings, which ``FixStep``s each file's corrected copy gets, with the values
/// the profiles set (the ratio, the maximum size, the byte limit, the accepted formats), and the copy's name.
///
/// Only still images are edited. Findings without a mechanical fix stay: `min-size`, `animated`, `duration` and
/// `unreadable` need regenerating; others (`dpi`, `duplicate`, `history`, a video's codec or frame rate) are
/// left for a person.
public struct FixPlanner: Sendable {
    /// The share of the frame the product's longer side gets from `fill-frame`.
    public static let productShare = 0.88

    public let profiles: [Profile]
    /// `--sku`, `--date` and `--use`, or nil.
    public let naming: FixNaming?

    /// Creates a planner for a check against `profiles`.
    public init(profiles: [Profile], naming: FixNaming?) {
        self.profiles = profiles
        self.naming = naming
    }

    /// The plan for every file of `report` with a finding, in walk order.
    public func plans(for report: CheckReport) -> [FixPlan] {
        report.assets.filter { !$0.findings.isEmpty }.map(plan)
    }

    /// The plan for one file.
    func plan(_ asset: CheckedAsset) -> FixPlan {
        var plan = FixPlan(asset: asset)
        guard asset.facts.kind == .image, let image = asset.facts.image, let format = asset.facts.format else {
            plan.unfixed = asset.findings
            if asset.facts.kind == .video { plan.notes.append("videos get no corrected copies") }
            return plan
        }
        var steps: Set<FixStep> = []
        for finding in asset.findings {
            let found = fixSteps(for: finding, asset: asset, image: image)
            if found.isEmpty { plan.unfixed.append(finding) } else { steps.formUnion(found) }
        }
        if image.frames > 1 && !steps.subtracting([.rename]).isEmpty {
            plan.unfixed = asset.findings.filter { !$0.rule.isNaming }
            plan.notes.append("an animated image is not edited: a copy would keep only its first frame")
            steps = steps.intersection([.rename])
        }
        guard !steps.isEmpty else { return plan }
        let editsPixels = !steps.subtracting([.rename]).isEmpty
        let output = outputFormat(asset, image: image, format: format, steps: &steps, editing: editsPixels)
        if editsPixels { plan.edit = edit(asset, steps: steps, format: output) }
        let renames = steps.contains(.rename)
        let keepsExtension = output == format && asset.facts.extensionMatches && !renames
        let (name, note) = copyName(asset, format: output, keepsExtension: keepsExtension, renames: renames)
        if let note { plan.notes.append(note) }
        if name.candidate(0) == fileName(asset) { steps.remove(.rename) }
        plan.name = name
        plan.steps = steps.sorted()
        return plan
    }

    /// The steps that correct `finding`; none when it has no mechanical fix here.
    private func fixSteps(for finding: Finding, asset: CheckedAsset, image: ImageFacts) -> Set<FixStep> {
        let main = asset.slot == .main
        switch finding.rule {
        case .ratio: return targetRatio(asset) == nil ? [] : [.padToRatio]
        case .transparency, .background: return main ? (image.hasAlpha ? [.flatten, .whiteBackground] : [.whiteBackground]) : []
        case .productFill: return main && asset.facts.pixels?.product != nil ? [.fillFrame] : []
        case .maxSize: return [.scaleDown]
        case .fileSize: return [.compress]
        case .format: return [.convertFormat]
        case .colorSpace, .bitDepth: return [.srgb]
        case .gps: return [.dropGPS]
        case .aiLabel: return [.aiLabel]
        case .filename, .extension: return [.rename]
        default: return []
        }
    }

    /// The rules of every profile that apply to `asset`.
    private func rules(_ asset: CheckedAsset) -> [ProfileRule] {
        profiles.flatMap { $0.rules(for: .image, slot: asset.slot) }
    }

    /// The ratio to pad to: the fixed ratio of the first ratio rule the image breaks, or the nearer end of its range.
    private func targetRatio(_ asset: CheckedAsset) -> Double? {
        guard let width = asset.facts.width, let height = asset.facts.height, height > 0 else { return nil }
        let current = Double(width) / Double(height)
        for rule in rules(asset) {
            guard let ratio = rule.check as? Ratio, ratio.violation(of: asset.facts, platform: "") != nil else { continue }
            if let equals = ratio.equals { return equals.value }
            if let min = ratio.min, current < min.value { return min.value }
            if let max = ratio.max, current > max.value { return max.value }
        }
        return nil
    }

    /// The format of the copy: the original's when it needs no change and can be written; otherwise JPEG when the
    /// file must shrink, PNG when transparency is kept, else the first format every profile accepts.
    ///
    /// Adds `convert-format` when the format changes, and `flatten` when transparency goes into a JPEG.
    private func outputFormat(
        _ asset: CheckedAsset,
        image: ImageFacts,
        format: AssetFormat,
        steps: inout Set<FixStep>,
        editing: Bool
    ) -> AssetFormat {
        let shrinks = steps.contains(.compress) && format != .jpeg && format != .webp
        let changes = steps.contains(.convertFormat) || shrinks || (editing && !ImageEditor.writableFormats.contains(format))
        guard changes else { return format }
        let candidates = acceptedFormats(asset).filter(ImageEditor.writableFormats.contains)
        let keepsAlpha = image.hasAlpha && !steps.contains(.flatten) && (asset.facts.pixels?.anyTransparent ?? true)
        let chosen: AssetFormat =
            if shrinks && candidates.contains(.jpeg) { .jpeg } else if keepsAlpha && candidates.contains(.png) { .png } else {
                candidates.first ?? .jpeg
            }
        if chosen == .jpeg && image.hasAlpha { steps.insert(.flatten) }
        if chosen == format { steps.remove(.convertFormat) } else { steps.insert(.convertFormat) }
        return chosen
    }

    /// The formats every profile with a `format` rule accepts, in the first such profile's order (all writable
    /// formats when none has one).
    private func acceptedFormats(_ asset: CheckedAsset) -> [AssetFormat] {
        let lists = rules(asset).compactMap { ($0.check as? FormatCheck)?.allow.compactMap(AssetFormat.init(rawValue:)) }
        guard let first = lists.first else { return ImageEditor.writableFormats }
        return first.filter { format in lists.allSatisfy { $0.contains(format) } }
    }

    /// The image edit the steps make, with every profile's byte limit, so that no copy breaks one.
    private func edit(_ asset: CheckedAsset, steps: Set<FixStep>, format: AssetFormat) -> ImageEdit {
        let rules = rules(asset)
        var edit = ImageEdit(format: format)
        edit.toSRGB = steps.contains(.srgb)
        edit.flatten = steps.contains(.flatten)
        edit.whitenBackground = steps.contains(.whiteBackground)
        edit.dropGPS = steps.contains(.dropGPS)
        edit.labelAsAI = steps.contains(.aiLabel)
        if steps.contains(.fillFrame) {
            edit.fillFrame = ImageEdit.FrameFill(share: Self.productShare, minimumSize: minimumSize(asset, rules: rules))
        }
        if steps.contains(.padToRatio), let ratio = targetRatio(asset) {
            edit.padding = ImageEdit.RatioPadding(ratio: ratio, background: asset.slot == .main ? .white : .borderMean)
        }
        if steps.contains(.scaleDown) {
            edit.maximumSize = rules.compactMap { ($0.check as? MaxSize)?.bounds }.reduce(SizeBounds()) { $0.tightened(by: $1, keepingLower: true) }
        }
        edit.maximumBytes = rules.compactMap { ($0.check as? FileSize)?.max }.min()
        return edit
    }

    /// The minimum sizes the original meets, so that cropping it never breaks one.
    private func minimumSize(_ asset: CheckedAsset, rules: [ProfileRule]) -> SizeBounds {
        rules.compactMap { rule -> SizeBounds? in
            guard let minimum = rule.check as? MinSize, minimum.violation(of: asset.facts, platform: "") == nil else { return nil }
            return minimum.bounds
        }.reduce(SizeBounds()) { $0.tightened(by: $1, keepingLower: false) }
    }

    /// The copy's name: by the convention from the history's task, else from `--sku`, `--date` and `--use`,
    /// else the original's name (with the copy's extension).
    ///
    /// The note says why a rename asked for was not made.
    private func copyName(_ asset: CheckedAsset, format: AssetFormat, keepsExtension: Bool, renames: Bool) -> (CopyName, String?) {
        let fileName = fileName(asset)
        let dot = fileName.lastIndex(of: ".").flatMap { $0 == fileName.startIndex ? nil : $0 }
        let pathExtension = keepsExtension ? dot.map { String(fileName[fileName.index(after: $0)...]) } ?? "" : format.preferredExtension
        if renames {
            if let match = asset.history {
                let name = AssetFileName(
                    sku: AssetFileName.conventionText(match.sku),
                    date: match.started,
                    useCase: AssetFileName.conventionText(match.useCase),
                    counter: nil,
                    pathExtension: pathExtension
                )
                return (CopyName(name), nil)
            }
            if let naming {
                return (
                    CopyName(AssetFileName(sku: naming.sku, date: naming.date, useCase: naming.useCase, counter: nil, pathExtension: pathExtension)),
                    nil
                )
            }
        }
        let note = renames && asset.findings.contains { $0.rule == .filename } ? Self.nameLeft : nil
        if let name = asset.name {
            return (
                CopyName(AssetFileName(sku: name.sku, date: name.date, useCase: name.useCase, counter: name.counter, pathExtension: pathExtension)),
                note
            )
        }
        return (CopyName(stem: dot.map { String(fileName[..<$0]) } ?? fileName, pathExtension: pathExtension), note)
    }

    /// The original's file name.
    private func fileName(_ asset: CheckedAsset) -> String {
        asset.facts.path.split(separator: "/").last.map(String.init) ?? asset.facts.path
    }

    private static let nameLeft =
        "the name is left as it is: the history does not know these bytes; give --sku, --date and --use to name the copy"
}

extension RuleID {
    /// Whether the rule is about the file's name, which a copy can change without touching the pixels.
    var isNaming: Bool { self == .filename || self == .extension }
}
