import ArgumentParser
import StudioCore

/// `--idempotency-key`: makes a change safe to repeat.
struct IdempotencyOption: ParsableArguments {
    @Option(
        name: .customLong("idempotency-key"),
        help: ArgumentHelp(
            "Run this change at most once per key.",
            discussion: """
                Repeating the command with the same key and the same request prints the first result and \
                changes nothing; the same key with a different request is refused. Keys belong to the account.
                """
        )
    )
    var key: String?

    func validate() throws {
        if let key, key.isBlank { throw ValidationError("--idempotency-key cannot be empty.") }
    }
}
