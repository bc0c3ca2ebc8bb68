#if canImport(Glibc)
import Glibc
#endif

/// The address the preview listens on, and the port it found free.
struct ListenAddress: Sendable, Equatable {
    /// A numeric IPv4 or IPv6 address (`127.0.0.1`, `::1`, `0.0.0.0`).
    let host: String
    let port: Int

    /// Whether only this machine can connect: a loopback address.
    var isLoopback: Bool { host.hasPrefix("127.") || host == "::1" }

    /// Whether the server listens on every interface (`0.0.0.0`, `::`).
    var isWildcard: Bool { host == "0.0.0.0" || host == "::" }

    /// The address as it appears in a URL and a `Host` header: IPv6 addresses in brackets.
    var hostInURL: String { host.contains(":") ? "[\(host)]" : host }

    /// The URL the site is served at.
    var url: String { "http://\(hostInURL):\(port)/" }

    /// Resolves `address` (an IP address or `localhost`) and finds the first free port from `port` up.
    /// - Throws: ``PreviewError/badAddress(_:)`` or ``PreviewError/noFreePort(host:from:)``.
    static func firstFree(address: String, from port: Int) throws(PreviewError) -> ListenAddress {
        let host = address == "localhost" ? "127.0.0.1" : address
        guard let family = family(of: host) else { throw .badAddress(address) }
        for candidate in port...min(port + 100, 65535) where isFree(host: host, family: family, port: candidate) {
            return ListenAddress(host: host, port: candidate)
        }
        throw .noFreePort(host: host, from: port)
    }

    /// `AF_INET` or `AF_INET6` for a numeric address, or nil for anything else.
    private static func family(of host: String) -> Int32? {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return AF_INET }
        if inet_pton(AF_INET6, host, &v6) == 1 { return AF_INET6 }
        return nil
    }

    /// Whether a listening socket could be bound to the port now (with `SO_REUSEADDR`, as the server binds).
    private static func isFree(host: String, family: Int32, port: Int) -> Bool {
        let socket = Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if family == AF_INET {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
        }
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET6, host, &address.sin6_addr)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) == 0 }
        }
    }
}
