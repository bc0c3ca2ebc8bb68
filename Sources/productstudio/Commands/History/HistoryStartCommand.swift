import ArgumentParser
import StudioCore

/// `productstudio history start`: starts a generation task and charges its price.
struct HistoryStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a generation task and charge its price, all or nothing.",
        discussion: """
            Images: --tool image --quality standard|hd|ultra [--count N]. Video: --tool video --duration 5|10. \
            With too few credits nothing is charged and the command exits 1 with the balance, the cost and \
            the shortfall.
            """
    )

    @Option(help: "The tool.")
    var tool: GenerationTool

    @Option(help: "Image quality (with --tool image).")
    var quality: ImageQuality?

    @Option(help: "The number of images (with --tool image; default 1).")
    var count: Int?

    @Option(help: "Video length in seconds (with --tool video).")
    var duration: VideoDuration?

    @Option(help: "The product's SKU.")
    var sku: String

    @Option(name: .customLong("use"), help: "What the output is for, such as main-image; used in download names.")
    var useCase: String

    @Option(help: "A note to keep with the task.")
    var note: String?

    @OptionGroup var change: AccountChange

    func validate() throws {
        do {
            try NamePart.check(NamePart.normalized(sku), as: "SKU")
            try NamePart.check(NamePart.normalized(useCase), as: "use case")
        } catch {
            throw ValidationError(error.description + ".")
        }
        switch tool {
        case .image:
            guard quality != nil else { throw ValidationError("--tool image needs --quality standard, hd or ultra.") }
            guard duration == nil else { throw ValidationError("--duration is for --tool video.") }
            if let count, count <= 0 { throw ValidationError("--count must be a positive number of images, not \(count).") }
        case .video:
            guard let duration, duration.rawValue > 0 else { throw ValidationError("--tool video needs --duration 5 or 10.") }
            guard quality == nil, count == nil else { throw ValidationError("--quality and --count are for --tool image.") }
        }
    }

    func run() throws {
        let kind: GenerationKind =
            if let duration { .video(duration) } else { .images(quality ?? .standard, count: count ?? 1) }
        let start = try change.target.history().start(
            GenerationRequest(kind: kind, sku: sku, useCase: useCase, note: note),
            for: change.target.email,
            idempotencyKey: change.idempotency.key
        )
        try change.output.print(start) { "Task \($0.task) started: charged \($0.charged) credits; balance \($0.balance)." }
    }
}
