import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `productstudio serve` end to end: the real binary on a small site in a temporary folder, over HTTP.
@Suite struct ServeCommandTests {
    static let pages = [
        "_index.md": "---\ntitle: Help\n---\nStart with the [guide](guide.md).\n",
        "guide.md": "---\ntitle: Guide\n---\n## Steps\n\nOriginal text.\n\n[Home](_index.md)\n",
        "other.md": "---\ntitle: Other\n---\nSee the [guide](guide.md#steps).\n",
        "data/plans.yml": "rows:\n  - {plan: Starter}\n",
        "shot.png": "not really a PNG",
    ]

    @Test func anEditIsServedAfterItsEventAndABrokenLinkShowsTheOverlayOverTheLastGoodPage() throws {
        let sandbox = try ServeSandbox(pages: Self.pages)
        #expect(try sandbox.get("/guide/").text.contains("Original text."))
        let events = try EventStream(port: sandbox.port)
        let start = events.generation

        try sandbox.edit("content/guide.md", "---\ntitle: Guide\n---\n## Steps\n\nEdited text.\n\n[Home](_index.md)\n")
        #expect(try events.nextGeneration() == start + 1)
        let edited = try sandbox.get("/guide/")
        #expect(edited.text.contains("Edited text.") && !edited.text.contains("Original text."))
        #expect(!edited.text.contains("productstudio-errors"))

        try sandbox.edit("content/guide.md", "---\ntitle: Guide\n---\n## Steps\n\nBroken <b> text.\n\n    [Gone](gone.md)\n[Gone](gone.md)\n")
        #expect(try events.nextGeneration() == start + 2)
        let broken = try sandbox.get("/guide/")
        #expect(broken.text.contains("Edited text."), "the last good page is still served")
        #expect(broken.text.contains("<div id=\"productstudio-errors\" role=\"alert\""))
        #expect(broken.text.contains("content/guide.md:9:1: broken link &#39;gone.md&#39; (no page is published at &#39;/gone/&#39;)"))
        #expect(try sandbox.get("/other/").text.contains("productstudio-errors"), "the overlay is on every page")

        try sandbox.edit("content/guide.md", "---\ntitle: Guide\n---\n## Steps\n\nFixed text.\n")
        #expect(try events.nextGeneration() == start + 3)
        let fixed = try sandbox.get("/guide/")
        #expect(fixed.text.contains("Fixed text.") && !fixed.text.contains("productstudio-errors"))

        let result = sandbox.interrupt()
        #expect(result.status == 0, "Ctrl-C stops the server cleanly: \(result.stderr)")
        #expect(result.stderr.contains("content/guide.md:9:1: broken link 'gone.md'"), "errors are printed in the terminal too")
        #expect(result.stdout.contains("rebuilt in "))
    }

    @Test func aLinkToADraftNamesTheOptionThatIncludesIt() throws {
        let sandbox = try ServeSandbox(pages: Self.pages.merging(["soon.md": "---\ntitle: Soon\ndraft: true\n---\n"]) { $1 })
        let events = try EventStream(port: sandbox.port)
        let start = events.generation
        try sandbox.edit("content/guide.md", "---\ntitle: Guide\n---\n[Soon](soon.md)\n")
        #expect(try events.nextGeneration() == start + 1)
        let line = "content/guide.md:4:1: broken link 'soon.md' (the page at '/soon/' is a draft, left out of this build); add --drafts to include it"
        #expect(try sandbox.get("/guide/").text.contains(line.replacingOccurrences(of: "'", with: "&#39;")), "over the page")
        let result = sandbox.interrupt()
        #expect(result.stderr.contains(line), "in the terminal: \(result.stderr)")
    }

    /// Writing in place, writing a temporary file and renaming it over the page (vim, JetBrains IDEs), and
    /// deleting then creating it, are one rebuild each.
    @Test func eachWayEditorsSaveIsOneRebuild() throws {
        let sandbox = try ServeSandbox(pages: Self.pages)
        let events = try EventStream(port: sandbox.port)
        let page = sandbox.folder.appendingPathComponent("content/guide.md")
        let saves: [(String, () throws -> Void)] = [
            ("in place", { try sandbox.edit("content/guide.md", "---\ntitle: Guide\n---\n## Steps\n\nOne.\n") }),
            (
                "temporary file renamed over it",
                {
                    let temporary = sandbox.folder.appendingPathComponent("content/guide.md___jb_tmp___")
                    try Data("---\ntitle: Guide\n---\n## Steps\n\nTwo.\n".utf8).write(to: temporary)
                    try FileManager.default.moveItem(at: page, to: sandbox.folder.appendingPathComponent("content/guide.md___jb_old___"))
                    try FileManager.default.moveItem(at: temporary, to: page)
                    try FileManager.default.removeItem(at: sandbox.folder.appendingPathComponent("content/guide.md___jb_old___"))
                }
            ),
            (
                "deleted then created",
                {
                    try FileManager.default.removeItem(at: page)
                    try Data("---\ntitle: Guide\n---\n## Steps\n\nThree.\n".utf8).write(to: page)
                }
            ),
        ]
        for (number, (name, save)) in saves.enumerated() {
            let before = sandbox.process.outputSoFar.components(separatedBy: "rebuilt in ").count
            try save()
            let generation = try events.nextGeneration()
            usleep(400_000)
            let after = sandbox.process.outputSoFar.components(separatedBy: "rebuilt in ").count
            #expect(after - before == 1, "\(name): \(after - before) rebuilds")
            #expect(try sandbox.get("/guide/").text.contains(["One.", "Two.", "Three."][number]), "\(name)")
            #expect(events.generation == generation)
        }
        #expect(!sandbox.process.errorsSoFar.contains("error"), "\(sandbox.process.errorsSoFar)")
    }

    @Test func aNewFolderIsWatchedAndItsPagesServed() throws {
        let sandbox = try ServeSandbox(pages: Self.pages)
        let events = try EventStream(port: sandbox.port)
        try ServeSandbox.write("---\ntitle: Deep\n---\nDeep page.\n", to: sandbox.folder.appendingPathComponent("content/new/deeper/page.md"))
        try events.nextGeneration()
        #expect(try sandbox.get("/new/deeper/page/").text.contains("Deep page."))
        try sandbox.edit("content/new/deeper/page.md", "---\ntitle: Deep\n---\nDeeper page.\n")
        try events.nextGeneration()
        #expect(try sandbox.get("/new/deeper/page/").text.contains("Deeper page."))
    }

    @Test(arguments: [
        ("/../../../etc/passwd", 404), ("/%2e%2e/%2e%2e/etc/passwd", 404), ("/%2E%2E/guide/", 404), ("/guide/%2e%2e/%2e%2e/x", 404),
        ("/..%2f..%2fetc%2fpasswd", 404), ("/guide%2Findex.html", 404), ("/..\\..\\etc\\passwd", 404), ("/%5c..%5cetc", 404),
        ("/guide/./index.html", 404), ("/%00", 404), ("/%zz", 404), ("/%C0%AE%C0%AE/etc/passwd", 404), ("/guide.md", 404),
        ("/guide/", 200), ("/guide/index.html", 200), ("/", 200), ("/shot.png", 200), ("/guide", 301),
    ])
    func pathsThatLeaveTheSiteAreNotFound(target: String, status: Int) throws {
        let sandbox = try Self.sandbox()
        let response = try RawHTTP(port: sandbox.port).request(target, keepAlive: false)
        #expect(response.status == status, "\(target)")
        if status == 404 {
            #expect(response.text.contains("Page not found"), "the site's 404 page, with status 404")
            #expect(!response.text.contains("root:"))
        }
    }

    @Test(arguments: [
        ("127.0.0.1", 200), ("localhost", 200), ("[::1]", 200), ("LOCALHOST:8080", 200), ("127.0.0.1:1", 200),
        ("evil.example", 403), ("evil.example:1313", 403), ("127.0.0.1.evil.example", 403), ("localhost.evil.example", 403),
        ("192.168.1.10", 403), ("", 403),
    ])
    func onlyRequestsForThisMachineAreAnswered(host: String, status: Int) throws {
        let sandbox = try Self.sandbox()
        let response = try RawHTTP(port: sandbox.port).request("/", host: host, keepAlive: false)
        #expect(response.status == status, "Host: \(host)")
    }

    @Test func aRequestWithoutAHostIsRefused() throws {
        let sandbox = try Self.sandbox()
        let connection = try RawHTTP(port: sandbox.port)
        try connection.send("GET / HTTP/1.0\r\n\r\n")
        #expect(try connection.readResponse().status == 403)
    }

    @Test(arguments: [
        ("/guide/", "text/html; charset=utf-8"), ("/sitemap.xml", "application/xml"), ("/robots.txt", "text/plain; charset=utf-8"),
        ("/search-index.js", "text/javascript; charset=utf-8"), ("/data/plans.yml", "application/yaml"), ("/shot.png", "image/png"),
        ("/404.html", "text/html; charset=utf-8"), ("/_productstudio/live-reload.js", "text/javascript; charset=utf-8"),
    ])
    func everyFileHasItsContentTypeAndIsNeverCached(path: String, type: String) throws {
        let sandbox = try Self.sandbox()
        let response = try sandbox.get(path)
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == type)
        #expect(response.headers["cache-control"] == "no-store")
    }

    @Test func theThemesStylesheetIsServedAsCSS() throws {
        let sandbox = try Self.sandbox()
        let home = try sandbox.get("/").text
        let href = try #require(home.range(of: #"assets/style\.[0-9a-f]{12}\.css"#, options: .regularExpression).map { String(home[$0]) })
        let response = try sandbox.get("/" + href)
        #expect(response.headers["content-type"] == "text/css; charset=utf-8")
        #expect(home.contains("<script src=\"/_productstudio/live-reload.js\" data-generation="), "pages get the live-reload script")
    }

    @Test func onlyGetAndHeadAreAnswered() throws {
        let sandbox = try Self.sandbox()
        let head = try RawHTTP(port: sandbox.port).request("/guide/", method: "HEAD", keepAlive: false)
        #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "0")! > 0)
        for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
            let response = try RawHTTP(port: sandbox.port).request("/guide/", method: method, keepAlive: false)
            #expect(response.status == 405, "\(method)")
            #expect(response.headers["allow"] == "GET, HEAD")
        }
    }

    /// 10,000 requests on 8 keep-alive connections, all answered correctly (loopback only, bounded).
    @Test func aFloodOfRequestsIsServedWithoutAnError() throws {
        let sandbox = try Self.sandbox()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { connectionNumber in
            do {
                let connection = try RawHTTP(port: sandbox.port)
                for number in 0..<1_250 {
                    let target = ["/guide/", "/other/", "/", "/sitemap.xml", "/missing/"][(number + connectionNumber) % 5]
                    let response = try connection.request(target)
                    if response.status != (target == "/missing/" ? 404 : 200) || response.body.isEmpty {
                        failures.add("\(target): \(response.status)")
                    }
                }
            } catch {
                failures.add("connection \(connectionNumber): \(error)")
            }
        }
        #expect(failures.all == [])
    }

    @Test func aBusyPortIsSkippedAndTheChosenURLPrinted() throws {
        let first = try Self.sandbox()
        let second = try ServeSandbox(pages: Self.pages, firstPort: first.port)
        #expect(second.port > first.port)
        #expect(try second.get("/guide/").status == 200)
    }

    @Test func listeningBeyondLoopbackWarns() throws {
        let sandbox = try ServeSandbox(pages: Self.pages, arguments: ["--bind", "0.0.0.0"])
        #expect(sandbox.process.errorsSoFar.contains("warning: listening on 0.0.0.0: the preview can be reached from the network"))
        let result = sandbox.interrupt()
        #expect(result.status == 0)
    }

    /// A link in content/ to a file outside the site is a build error at the link, and never served.
    @Test func aSymbolicLinkOutOfTheTreeIsNotServed() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("secret contents".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let sandbox = try ServeSandbox(pages: Self.pages, links: ["leak.txt": secret.path])
        let response = try sandbox.get("/leak.txt")
        #expect(response.status == 404)
        #expect(!response.text.contains("secret contents"))
        #expect(response.text.contains("content/leak.txt: is a symbolic link to"), "the overlay names the link")
    }

    @Test func nothingIsWrittenToPublic() throws {
        let sandbox = try Self.sandbox()
        #expect(try sandbox.get("/").status == 200)
        #expect(!FileManager.default.fileExists(atPath: sandbox.folder.appendingPathComponent("public").path))
    }

    @Test(arguments: [["serve", "--port", "0"], ["serve", "--port", "70000"], ["serve", "--bogus"], ["serve", "--base-url", "ftp://x"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try ProductStudioBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: productstudio serve"))
    }

    @Test func anAddressThatIsNotOneIsAnError() throws {
        let result = try ProductStudioBinary.run([
            "serve", "--bind", "example.com", "--source", ServeSandbox.templates.deletingLastPathComponent().path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr == "error: 'example.com' is not an IP address or localhost\n")
    }

    /// A server for one test.
    private static func sandbox() throws -> ServeSandbox {
        try ServeSandbox(pages: pages)
    }
}

/// Findings collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []

    func add(_ failure: String) { lock.withLock { found.append(failure) } }
    var all: [String] { lock.withLock { found } }
}
