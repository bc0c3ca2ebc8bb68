import Foundation
import StudioTestSupport
import Testing

@testable import StudioSite

@Suite struct FileWriterTests {
    @Test func aPathWithANulByteIsRefusedNotCutShort() throws {
        let temporary = try TemporaryFolder("writer")
        let folder = temporary.url
        try "keep\n".write(to: folder.appendingPathComponent("robots.txt"), atomically: true, encoding: .utf8)
        #expect(throws: BuildError.self) { try FileWriter.write("x", toPath: folder.path + "/robots.txt\0/index.html") }
        #expect(throws: BuildError.self) { try FileWriter.makeFolder(folder.path + "/robots.txt\0x") }
        FileWriter.removeTree(atPath: folder.path + "/robots.txt\0")
        #expect(try String(contentsOf: folder.appendingPathComponent("robots.txt"), encoding: .utf8) == "keep\n")
    }
}
