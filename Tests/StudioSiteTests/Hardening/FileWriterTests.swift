import Foundation
import Testing

@testable import StudioSite

@Suite struct FileWriterTests {
    @Test func aPathWithANulByteIsRefusedNotCutShort() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "keep\n".write(to: folder.appendingPathComponent("robots.txt"), atomically: true, encoding: .utf8)
        #expect(throws: BuildError.self) { try FileWriter.write("x", toPath: folder.path + "/robots.txt\0/index.html") }
        #expect(throws: BuildError.self) { try FileWriter.makeFolder(folder.path + "/robots.txt\0x") }
        FileWriter.removeTree(atPath: folder.path + "/robots.txt\0")
        #expect(try String(contentsOf: folder.appendingPathComponent("robots.txt"), encoding: .utf8) == "keep\n")
    }
}
