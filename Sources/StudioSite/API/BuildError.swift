import Glibc

/// Why a build could not run or could not publish its output.
///
/// Content problems are ``SiteDiagnostic``s instead.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// The source folder lacks `content/` or `templates/`.
    case missingFolder(String)
    /// The output folder exists, holds files and was not made by this builder.
    case foreignOutput(String)
    /// The output folder would hold or be the source, so replacing it would destroy the source.
    case outputContainsSource(output: String, source: String)
    /// The output folder is inside `content/` or `templates/`, where the next build would read it.
    case outputInsideInput(output: String, input: String)
    /// Something other than a folder stands where a folder must be.
    case notAFolder(path: String)
    /// A symbolic link on the output's path leads nowhere, or to itself.
    case danglingLink(path: String)
    /// Another build holds the output folder's lock.
    case outputBusy(path: String)
    /// A file operation failed with the C library's error number `code`.
    case fileSystem(FileOperation, path: String, code: Int32)

    public var description: String {
        switch self {
        case .missingFolder(let path): "\(path): no such folder (a site needs content/ and templates/)"
        case .foreignOutput(let path): "\(path): the output folder holds files this builder did not write"
        case .outputContainsSource(let output, let source):
            "\(output): the output folder contains the source folder \(source)"
        case .outputInsideInput(let output, let input):
            "\(output): the output folder is inside \(input), which the build reads"
        case .notAFolder(let path): "\(path): exists and is not a folder"
        case .danglingLink(let path): "\(path): is a symbolic link that leads nowhere (or a loop of links)"
        case .outputBusy(let path): "\(path): another build is writing this output folder"
        case .fileSystem(let operation, let path, let code):
            "\(path): cannot \(operation.rawValue): \(String(cString: strerror(code)))"
        }
    }
}

/// The file operations a build performs, named as its error messages word them.
public enum FileOperation: String, Sendable {
    case listFolder = "list the folder"
    case createFolder = "create the folder"
    case read = "read the file"
    case write = "write the file"
    case swapIn = "swap in the new site"
    case moveIntoPlace = "move the new site into place"
    case lock = "open the build lock"
}
