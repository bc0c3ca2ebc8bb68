/// Why a build could not run or could not publish its output. Content problems are ``SiteDiagnostic``s instead.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// The source folder lacks `content/` or `templates/`.
    case missingFolder(String)
    /// The output folder exists, holds files and was not made by this builder; `--force` replaces it.
    case foreignOutput(String)
    /// The output folder would hold or be the source, so replacing it would destroy the source.
    case outputContainsSource(output: String, source: String)
    /// The output folder is inside `content/` or `templates/`, where the next build would read it.
    case outputInsideInput(output: String, input: String)
    /// A file operation failed.
    case io(String, path: String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "\(path): no such folder (a site needs content/ and templates/)"
        case .foreignOutput(let path):
            "\(path): the output folder holds files this builder did not write; refusing to replace it (use --force to replace it anyway)"
        case .outputContainsSource(let output, let source):
            "\(output): the output folder contains the source folder \(source); choose another --output"
        case .outputInsideInput(let output, let input):
            "\(output): the output folder is inside \(input), which the build reads; choose another --output"
        case .io(let message, let path): "\(path): \(message)"
        }
    }
}
