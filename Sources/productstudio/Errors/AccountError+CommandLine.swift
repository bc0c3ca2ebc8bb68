import StudioCore

extension AccountError: CommandLineError {
    var hint: String? {
        switch self {
        case .unknownAccount(let email): "open one with `productstudio credits open \(email.visible)`"
        case .unknownPack: "`productstudio credits packs` lists them"
        case .insufficientCredits: "from the command line: `productstudio credits packs`, then `productstudio credits buy PACK --reference REF`"
        default: nil
        }
    }
}

extension StoreError: CommandLineError {}
