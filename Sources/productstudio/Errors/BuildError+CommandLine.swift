import StudioSite

extension BuildError: CommandLineError {
    var hint: String? {
        switch self {
        case .foreignOutput: "use --force to replace it anyway"
        case .outputContainsSource, .outputInsideInput: "choose another --output"
        case .missingFolder: "give the site's folder with --source"
        default: nil
        }
    }
}
