/// What `serve` adds to each HTML page it serves (never written by `build`): the live-reload script, and
/// while the last rebuild failed, an overlay listing its errors.
enum LiveReloadPage {
    /// Where the script is served.
    static let scriptPath = "/_productstudio/live-reload.js"
    /// Where pages listen for rebuilds (Server-Sent Events).
    static let eventsPath = "/_productstudio/events"

    /// `html` with the script, and the overlay when `errors` is not empty, before its last `</body>`
    /// (at the end when it has none).
    ///
    /// `generation` is the site's version the page shows.
    static func inject(into html: [UInt8], errors: [String], generation: Int) -> [UInt8] {
        var addition = "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n"
        if !errors.isEmpty { addition = overlay(errors) + addition }
        let marker = Array("</body>".utf8)
        let at = lastIndex(of: marker, in: html) ?? html.count
        return Array(html[..<at]) + Array(addition.utf8) + Array(html[at...])
    }

    /// The overlay: every error as the build reports it, escaped.
    static func overlay(_ errors: [String]) -> String {
        let lines = errors.map(escape).joined(separator: "\n")
        return """
            <div id="productstudio-errors" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(24,24,27,.94);color:#fafafa;font:14px/1.5 ui-monospace,monospace;padding:2em">
            <p style="margin:0 0 1em;color:#fca5a5;font-weight:bold">The last rebuild failed; this is the last good version of the page.</p>
            <pre style="white-space:pre-wrap;margin:0">\(lines)</pre>
            </div>

            """
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Where `marker` last starts in `bytes`, ignoring ASCII letter case.
    private static func lastIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        for start in stride(from: bytes.count - marker.count, through: 0, by: -1)
        where zip(bytes[start...], marker).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
            return start
        }
        return nil
    }

    /// The script: listens for rebuilds and reloads the page keeping its scroll position, or swaps the
    /// stylesheets in place when only they changed since the version the page shows.
    static let script = """
        (() => {
          "use strict";
          const key = "productstudio-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            const [x, y] = JSON.parse(saved);
            const restore = () => window.scrollTo(x, y);
            restore();
            window.addEventListener("load", restore, { once: true });
          }
          let generation = Number(document.currentScript.dataset.generation);
          const events = new EventSource("\(eventsPath)");
          events.addEventListener("site", (message) => {
            const update = JSON.parse(message.data);
            if (update.generation === generation) return;
            const swaps = Object.entries(update.stylesheets || {});
            if (swaps.length > 0 && update.previous === generation) {
              generation = update.generation;
              for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
                const url = new URL(link.href, location.href);
                for (const [before, after] of swaps) {
                  if (url.pathname.endsWith("/" + before)) {
                    link.href = url.pathname.slice(0, -before.length) + after;
                  }
                }
              }
              return;
            }
            sessionStorage.setItem(key, JSON.stringify([window.scrollX, window.scrollY]));
            location.reload();
          });
        })();

        """
}
