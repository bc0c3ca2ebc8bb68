import Foundation
import StudioAssets
import StudioConcurrency
import StudioCore

/// Writes the corrected copies of `check --fix` into the fix folder and checks each copy again.
///
/// ```swift
/// let report = checker.check(["downloads"])
/// let plans = FixPlanner(profiles: options.profiles, naming: nil).plans(for: report)
/// let fixes = try Fixer(options: options, folder: "fixed").run(plans, checked: report.assets.count)
/// ```
///
/// Originals are only read. Copies are made on all cores into hidden temporary files in the folder, then named
/// in walk order, each taking the first free name (``CopyName``): a name in the folder is never replaced.
/// Then the copies are checked with the same options.
public struct Fixer: Sendable {
    public let options: CheckOptions
    public let history: HistoryLink?
    /// The fix folder as the user gave it.
    public let folder: String

    /// Creates a fixer writing into `folder` (created when missing); `history` prices the files that need regenerating.
    public init(options: CheckOptions, history: HistoryLink? = nil, folder: String) {
        self.options = options
        self.history = history
        self.folder = folder
    }

    /// Why the fix folder cannot be written into.
    public struct FolderProblem: Error, CustomStringConvertible {
        /// What the folder refused: the ledger's download error, which names the path.
        public let cause: any Error
        public var description: String { "\(cause)" }
    }

    /// Makes, names and checks the copies of `plans`; with `dryRun`, only works out the names.
    ///
    /// - Parameters:
    ///   - plans: the planned copies, one per file with findings.
    ///   - checked: how many files the check read.
    ///   - dryRun: only work out the names; nothing is written.
    /// - Returns: the report of what was made, named and checked.
    /// - Throws: ``FolderProblem`` when the folder cannot be created or written into.
    public func run(_ plans: [FixPlan], checked: Int, dryRun: Bool = false) throws(FolderProblem) -> FixReport {
        var report = FixReport(
            folder: folder,
            dryRun: dryRun,
            checked: checked,
            files: plans.map { FixReport.FixedFile(plan: $0, steps: $0.steps, notes: $0.notes) }
        )
        if dryRun {
            nameWithoutWriting(&report)
        } else {
            try write(&report)
            recheck(&report)
        }
        let regenerating = plans.filter { !$0.needsRegenerating.isEmpty }.map(\.asset)
        do {
            report.regeneration = try history?.regeneration(of: regenerating)
        } catch {
            report.notes.append("Regeneration could not be priced: \(error).")
        }
        return report
    }

    /// Names every planned copy as the run would: the first candidate neither in the folder nor given to an earlier copy.
    private func nameWithoutWriting(_ report: inout FixReport) {
        var taken: Set<String> = []
        for index in report.files.indices {
            guard let name = report.files[index].plan.name else { continue }
            for n in 0... {
                let candidate = name.candidate(n)
                guard !taken.contains(candidate) else { continue }
                if exists(candidate) {
                    report.files[index].notes.append(Self.takenNote(candidate))
                    continue
                }
                taken.insert(candidate)
                report.files[index].copy = path(of: candidate)
                break
            }
        }
    }

    /// Makes the copies on all cores, then gives them their names in walk order.
    private func write(_ report: inout FixReport) throws(FolderProblem) {
        let target: DownloadFolder
        do {
            target = try DownloadFolder(URL(fileURLWithPath: folder))
        } catch {
            throw FolderProblem(cause: error)
        }
        target.removeAbandonedTemporaryFiles()
        let copying = report.files.indices.filter { report.files[$0].plan.makesCopy }
        let made = copying.map { report.files[$0].plan }.parallelMap { plan in Result { () throws(CopyFailure) in try Self.make(plan, in: target) } }
        var taken: Set<String> = []
        for (index, result) in zip(copying, made) {
            switch result {
            case .failure(let failure):
                report.files[index].failure = failure.description
            case .success(let copy):
                apply(copy.notes, edit: report.files[index].plan.edit, to: &report.files[index])
                do {
                    try place(copy.file, name: report.files[index].plan.name!, in: target, taken: &taken, file: &report.files[index])
                } catch {
                    unlink(copy.file.path)
                    throw FolderProblem(cause: error)
                }
            }
        }
    }

    /// A copy in a temporary file, and the editor's notes.
    private struct MadeCopy: Sendable {
        let file: URL
        let notes: [EditNote]
    }

    /// Why one copy could not be made.
    private struct CopyFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes the copy of `plan` into a temporary file in `folder`: the edited image, or the original's bytes.
    private static func make(_ plan: FixPlan, in folder: DownloadFolder) throws(CopyFailure) -> MadeCopy {
        let entry = plan.asset.entry
        let bytes: [UInt8]
        var notes: [EditNote] = []
        do {
            if let edit = plan.edit, let format = plan.asset.facts.format {
                let edited = try ImageEditor().apply(edit, to: entry, format: format)
                bytes = edited.bytes
                notes = edited.notes
            } else {
                bytes = try entry.withReadablePath { path throws(AssetError) in
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw AssetError.system(operation: "read", code: errno, message: String(cString: strerror(errno)))
                    }
                    return Array(data)
                }
            }
        } catch {
            throw CopyFailure(description: "the copy could not be made: \(error)")
        }
        do {
            let (file, handle) = try folder.makeTemporaryFile()
            defer { try? handle.close() }
            do {
                try handle.write(contentsOf: Data(bytes))
            } catch {
                unlink(file.path)
                throw error
            }
            return MadeCopy(file: file, notes: notes)
        } catch {
            throw CopyFailure(description: "the copy could not be written: \(error)")
        }
    }

    /// Gives the copy in `file` the first free candidate of `name`, saying when a name was taken by a file
    /// already in the folder.
    private func place(
        _ file: URL,
        name: CopyName,
        in folder: DownloadFolder,
        taken: inout Set<String>,
        file fixed: inout FixReport.FixedFile
    ) throws {
        for n in 0... {
            let candidate = name.candidate(n)
            guard !taken.contains(candidate) else { continue }
            guard try folder.place(file, as: candidate) else {
                fixed.notes.append(Self.takenNote(candidate))
                continue
            }
            taken.insert(candidate)
            fixed.copy = path(of: candidate)
            return
        }
    }

    /// Turns the editor's notes into the file's steps and remarks.
    private func apply(_ notes: [EditNote], edit: ImageEdit?, to file: inout FixReport.FixedFile) {
        var steps = Set(file.steps)
        for note in notes {
            switch note {
            case .convertedToSRGB:
                steps.insert(.srgb)
                file.notes.append("converted to 8-bit sRGB, which the other steps work in")
            case .frameKept(let reason):
                steps.remove(.fillFrame)
                file.notes.append("fill-frame not applied: " + Self.words(reason))
            case .overByteLimit(let bytes, let quality):
                let limit = edit?.maximumBytes.map(Wording.bytes) ?? "the limit"
                let how = quality.map { "even at quality \($0)" } ?? "even so"
                file.notes.append("\(how) the copy is \(Wording.bytes(bytes)), over \(limit): it needs fewer pixels")
            }
        }
        file.steps = steps.sorted()
    }

    private static func words(_ reason: EditNote.FrameKept) -> String {
        switch reason {
        case .noProduct: "no product was found in the image"
        case .alreadyFilled: "the product already fills \(Wording.percent(FixPlanner.productShare)) of the frame"
        case .belowMinimum(let width, let height):
            "the cropped image would be \(width)x\(height), under the profile's minimum size, and reaching it would need upscaling"
        }
    }

    /// Checks every copy again with the same profiles and options.
    private func recheck(_ report: inout FixReport) {
        let copies = report.files.indices.compactMap { index in report.files[index].copy.map { (index, $0) } }
        guard !copies.isEmpty else { return }
        var again = options
        again.ignore = []
        again.ownFiles = []
        again.skippedFolders = []
        again.forReview = false
        let checked = Checker(options: again).check(copies.map(\.1))
        for ((index, _), asset) in zip(copies, checked.assets) { report.files[index].after = asset }
    }

    private func exists(_ name: String) -> Bool {
        var info = stat()
        return lstat(path(of: name), &info) == 0
    }

    private func path(of name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private static func takenNote(_ name: String) -> String { "\(name) is already in the folder: not replaced" }
}
