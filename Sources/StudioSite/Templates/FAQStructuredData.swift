import Foundation

/// schema.org `FAQPage` JSON-LD for a page's FAQ entries, ready for a `<script type="application/ld+json">`.
enum FAQStructuredData {
    static func jsonLD(for entries: [FAQEntry]) -> String? {
        guard !entries.isEmpty else { return nil }
        let document: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": entries.map { entry in
                [
                    "@type": "Question", "name": entry.question,
                    "acceptedAnswer": ["@type": "Answer", "text": entry.answerHTML],
                ]
            },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]) else { return nil }
        return HTML.scriptSafe(String(decoding: data, as: UTF8.self))
    }
}
