public import Foundation

/// Folders that live until the test process exits, for fixtures shared by many tests and folders a test hands
/// around as plain URLs; all are removed at exit, unlike ``TemporaryFolder``s, which go with their value.
public enum ScratchSpace {
    /// The folder holding every scratch folder of this process, removed when the process exits.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("productstudio-tests-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchSpace.root) }
        return root
    }()

    /// A new empty folder named `prefix-UUID`, removed when the process exits.
    public static func folder(_ prefix: String = "scratch") throws -> URL {
        let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
