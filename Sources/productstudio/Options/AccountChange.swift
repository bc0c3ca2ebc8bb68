import ArgumentParser

/// The options of every command that changes an account: `--db`, `--account`, `--idempotency-key` and `--format`.
struct AccountChange: ParsableArguments {
    @OptionGroup var target: AccountDatabase
    @OptionGroup var idempotency: IdempotencyOption
    @OptionGroup var output: ResultOutput
}
