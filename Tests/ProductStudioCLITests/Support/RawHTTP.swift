import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over one TCP connection to 127.0.0.1, writing requests exactly as given, so
/// tests can send what browsers and URLSession would clean up first (`%2e%2e`, backslashes, another `Host`).
final class RawHTTP {
    /// A response as read off the wire.
    struct Response {
        let status: Int
        /// Header names in lowercase.
        let headers: [String: String]
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum Failure: Error {
        case connect(Int32)
        case closed, timeout
    }

    private let socket: Int32
    private var buffer = Data()

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds without data.
    init(port: Int, timeout: Int = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure.connect(errno)
        }
    }

    deinit { close(socket) }

    /// Sends a request for `target` (written as is) and reads the response.
    func request(_ target: String, method: String = "GET", host: String? = "127.0.0.1", keepAlive: Bool = true) throws -> Response {
        var head = "\(method) \(target) HTTP/1.1\r\n"
        if let host { head += "Host: \(host)\r\n" }
        head += keepAlive ? "\r\n" : "Connection: close\r\n\r\n"
        try send(head)
        return try readResponse(bodyless: method == "HEAD")
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure.closed }
            offset += sent
        }
    }

    /// Reads one response whose body has a `Content-Length` (none for `HEAD`).
    func readResponse(bodyless: Bool = false) throws -> Response {
        let end = try readUntil(Data("\r\n\r\n".utf8))
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeSubrange(..<(end + 4))
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1])!
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = bodyless ? 0 : Int(headers["content-length"] ?? "0")!
        while buffer.count < length { try fill() }
        let body = buffer.prefix(length)
        buffer.removeSubrange(..<(buffer.startIndex + length))
        return Response(status: status, headers: headers, body: Data(body))
    }

    /// Reads until `marker` is buffered; returns where it starts.
    func readUntil(_ marker: Data) throws -> Int {
        while true {
            if let range = buffer.range(of: marker) { return range.lowerBound - buffer.startIndex }
            try fill()
        }
    }

    /// Takes the buffered bytes up to and including `marker`, reading more as needed.
    func take(through marker: Data) throws -> String {
        let end = try readUntil(marker) + marker.count
        let text = String(decoding: buffer.prefix(end), as: UTF8.self)
        buffer = Data(buffer.dropFirst(end))
        return text
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &chunk, chunk.count, 0)
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { throw Failure.timeout }
        guard count > 0 else { throw Failure.closed }
        buffer.append(contentsOf: chunk[..<count])
    }
}
