/// Which `Host` headers the preview answers, against DNS rebinding: a page on another site whose name is
/// made to resolve to this machine must not read the preview.
///
/// Allowed: the address the server listens on, `localhost`, `127.0.0.1` and `[::1]`, each with or without a
/// port. When the server listens on every interface (`--bind 0.0.0.0`), any IP address is allowed as well:
/// rebinding needs a name, and a machine reached over the network is reached by its address.
struct HostCheck: Sendable {
    let address: ListenAddress

    func allows(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        let name = Self.withoutPort(host.lowercased())
        if ["localhost", "127.0.0.1", "[::1]", address.hostInURL.lowercased()].contains(name) { return true }
        return address.isWildcard && Self.isIPAddress(name)
    }

    /// `example.test:1313` → `example.test`, `[::1]:1313` → `[::1]`.
    private static func withoutPort(_ host: String) -> String {
        if host.hasPrefix("[") { return host.firstIndex(of: "]").map { String(host[...$0]) } ?? host }
        guard let colon = host.lastIndex(of: ":"), host[host.index(after: colon)...].allSatisfy(\.isNumber) else { return host }
        return String(host[..<colon])
    }

    private static func isIPAddress(_ name: String) -> Bool {
        if name.hasPrefix("[") && name.hasSuffix("]") {
            return name.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in part.count <= 3 && !part.isEmpty && part.allSatisfy(\.isNumber) && Int(part)! <= 255 }
    }
}
