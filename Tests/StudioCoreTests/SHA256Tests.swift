import Foundation
import StudioCore
import StudioTestSupport
import Testing

@Suite struct SHA256Tests {
    /// FIPS 180-2 appendix B examples, and lengths around the 56- and 64-byte padding edges
    /// (checked with `sha256sum`).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "The quick brown fox jumps over the lazy dog",
            "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        ),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 65), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (String(repeating: "a", count: 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test func oneMillionAs() {
        let digest = SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(digest == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [1, 7, 64, 100])
    func piecesGiveTheSameDigestAsTheWhole(pieceSize: Int) {
        let message = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 31) }
        var hash = SHA256()
        for start in stride(from: 0, to: message.count, by: pieceSize) {
            hash.update(message[start..<min(start + pieceSize, message.count)])
        }
        #expect(hash.finalize() == SHA256.hex(of: message))
    }

    @Test func fileDigestMatchesItsBytes() throws {
        let folder = try TemporaryFolder()
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let file = try folder.write("big.bin", Data(bytes))
        let (digest, size) = try SHA256.hex(ofFileAt: file)
        #expect(digest == SHA256.hex(of: bytes))
        #expect(size == 3_000_000)
    }
}

@Suite struct SHA256CopyTests {
    @Test func copiesTakenMidStreamHashTheirOwnBytes() {
        var dog = SHA256()
        dog.update(Array("The quick brown fox jumps over the lazy ".utf8))
        var cog = dog
        let prefix = dog
        dog.update(Array("dog".utf8))
        cog.update(Array("cog".utf8))
        #expect(dog.finalize() == "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592")
        #expect(cog.finalize() == "e4c4d8f3bf76b692de791a173e05321150f7a345b46484fe427f6acc7ecc81be")
        #expect(prefix.finalize() == "119ef8154ecb9f78200ab9a95930877811261da37f9cad9e533ad34a57275fad")
    }

    @Test func finalizingACopyLeavesTheOriginalRunning() {
        var hash = SHA256()
        hash.update(Array("abc".utf8))
        let copy = hash
        #expect(copy.finalize() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        hash.update(Array("dbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        #expect(hash.finalize() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct SHA256FileTests {
    /// Empty, one byte, exactly one read buffer (1 MiB), and several buffers with a partial last one.
    @Test(arguments: [0, 1, 1 << 20, 5 << 20 + 3])
    func fileDigestMatchesOpenSSL(size: Int) throws {
        let folder = try TemporaryFolder()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<size).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 32)
        }
        let file = try folder.write("random.bin", Data(bytes))
        let (digest, read) = try SHA256.hex(ofFileAt: file)
        #expect(digest == (try OpenSSL.sha256(ofFileAt: file)))
        #expect(read == Int64(size))
    }

    @Test func missingFileThrows() throws {
        let folder = try TemporaryFolder()
        #expect(throws: (any Error).self) { try SHA256.hex(ofFileAt: folder.url.appendingPathComponent("missing")) }
    }

    @Test func folderThrows() throws {
        let folder = try TemporaryFolder()
        #expect(throws: (any Error).self) { try SHA256.hex(ofFileAt: folder.url) }
    }
}
