import Hummingbird
import StudioSite

/// Answers the preview's requests: the site's files from memory, the live-reload script and events.
///
/// Only `GET` and `HEAD`; a `Host` that ``HostCheck`` refuses gets 403; a path that ``RequestTarget``
/// refuses or the site does not hold gets the site's `404.html` with status 404. A folder asked for
/// without its final slash is redirected to it. Every response says `Cache-Control: no-store`, so a
/// browser always shows the current build.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let served: ServedSite
    let hosts: HostCheck

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "only GET and HEAD\n", extra: [.allow: "GET, HEAD"])
        }
        guard hosts.allows(request.head.authority) else {
            return plain(.forbidden, "this preview answers requests for localhost and its own address only\n")
        }
        let path = request.head.path ?? "/"
        if path.hasPrefix(LiveReloadPage.eventsPath) && path.dropFirst(LiveReloadPage.eventsPath.count).allSatisfy({ $0 != "/" }) {
            return events(head: request.method == .head)
        }
        let snapshot = served.snapshot
        if path == LiveReloadPage.scriptPath {
            return file(Array(LiveReloadPage.script.utf8), type: MediaTypes.type(of: path), head: request.method == .head)
        }
        guard case .file(let sitePath) = RequestTarget(path: path) else { return notFound(snapshot, head: request.method == .head) }
        if let bytes = snapshot.site[sitePath] {
            return page(bytes, at: sitePath, snapshot: snapshot, head: request.method == .head)
        }
        if snapshot.site[sitePath + "/index.html"] != nil {
            let query = path.firstIndex(of: "?").map { String(path[$0...]) } ?? ""
            let location = String(path.prefix { $0 != "?" && $0 != "#" }) + "/" + query
            return plain(.movedPermanently, "moved to \(location)\n", extra: [.location: location])
        }
        return notFound(snapshot, head: request.method == .head)
    }

    /// A file of the site; HTML pages get the live-reload script and, after a failed rebuild, the overlay.
    private func page(_ bytes: [UInt8], at path: String, snapshot: ServedSite.Snapshot, head: Bool, status: HTTPResponse.Status = .ok) -> Response {
        let type = MediaTypes.type(of: path)
        let body = type.hasPrefix("text/html") ? LiveReloadPage.inject(into: bytes, errors: snapshot.errors, generation: snapshot.generation) : bytes
        return file(body, type: type, head: head, status: status)
    }

    private func notFound(_ snapshot: ServedSite.Snapshot, head: Bool) -> Response {
        let bytes = snapshot.site["404.html"] ?? Array("<!DOCTYPE html>\n<title>Not found</title>\n<p>Not found.</p>\n</body>\n".utf8)
        return page(bytes, at: "404.html", snapshot: snapshot, head: head, status: .notFound)
    }

    private func file(_ bytes: [UInt8], type: String, head: Bool, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentLength] = String(bytes.count)
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var response = file(Array(text.utf8), type: "text/plain; charset=utf-8", head: false, status: status)
        response.headers.append(contentsOf: extra)
        return response
    }

    /// The event stream: the current version first, then one event per rebuild, until the server stops.
    private func events(head: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        guard !head else { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        let stream = served.events.listen(first: served.currentEvent)
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                for await event in stream { try await writer.write(ByteBuffer(string: event)) }
                try await writer.finish(nil)
            }
        )
    }
}
