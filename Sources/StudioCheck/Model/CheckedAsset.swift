public import StudioAssets
public import StudioCore

/// One file as the checker judged it: its facts, where it goes, what its name says, and what is wrong.
public struct CheckedAsset: Sendable {
    /// The facts `inspect` read (the path is ``AssetInfo/path``).
    public var facts: AssetInfo
    /// The file as walked: how to open it again.
    let entry: WalkEntry

    /// The path from the current folder (the folder given joined with the path inside it), for annotations
    /// that tools place on files; the report path when it is not UTF-8.
    public var location: String { entry.openPath ?? facts.path }
    /// Main image or additional, from the use case in the name or `--slot`.
    public var slot: Slot
    /// The name read in the naming convention, or nil when it does not follow it.
    public var name: AssetFileName?
    /// The findings, in the order the rules ran.
    public var findings: [Finding]
    /// The task that produced these bytes, when the history knows it.
    public var history: HistoryMatch?
    /// The file's SHA-256, when it was hashed (for the history or to compare duplicates).
    public var sha256: String?

    /// `fail` with any error, `warn` with only warnings, `pass` with none.
    public var status: Status {
        if findings.contains(where: { $0.level == .error }) { return .fail }
        return findings.isEmpty ? .pass : .warn
    }

    /// The verdict on one file.
    public enum Status: String, Sendable {
        case pass, warn, fail
    }
}

/// The generation task that produced a file, found by the file's SHA-256.
public struct HistoryMatch: Sendable, Equatable {
    /// The task's id.
    public var task: Int64
    /// The file's position among the task's outputs, from 1.
    public var position: Int
    public var tool: GenerationTool
    /// The image quality, or nil for a video.
    public var quality: ImageQuality?
    /// The video length in seconds, or nil for images.
    public var durationSeconds: Int?
    public var sku: String
    public var useCase: String
    /// The day (UTC) the task started, which its download names carry.
    public var started: CalendarDay
    /// What the task generated.
    public var kind: GenerationKind

    /// The match for `output` of `task`.
    public init(task: GenerationTask, output: GenerationOutput) {
        self.task = task.id
        kind = task.kind
        position = output.position
        tool = task.tool
        switch task.kind {
        case .images(let quality, _): self.quality = quality
        case .video(let duration): durationSeconds = duration.rawValue
        }
        sku = task.sku
        useCase = task.useCase
        started = CalendarDay(task.started)
    }
}
