/// The pre-publish checks no machine can make, from ProductStudio's manual: the text report ends with them
/// as a reminder and the JSON report carries them for a review page.
public enum Checklist {
    /// One group of checks.
    public struct Item: Sendable {
        public let id: String
        public let title: String
        public let items: [String]
    }

    public static let items: [Item] = [
        Item(
            id: "product-accuracy",
            title: "Product accuracy",
            items: ["The colour, shape and material match the real product.", "Accessories and packaging are shown truthfully."]
        ),
        Item(
            id: "text-and-logo",
            title: "Text and logo",
            items: ["No misspelt or garbled text.", "No extra logos and no watermark."]
        ),
        Item(
            id: "platform-rules",
            title: "Platform rules",
            items: ["Restricted elements and claims suit the target marketplace (the checker covers sizes, ratio, format and background)."]
        ),
        Item(
            id: "ad-compliance",
            title: "Ad compliance",
            items: ["No exaggerated claims, and no regulated claims you cannot back up."]
        ),
        Item(
            id: "file-management",
            title: "File management",
            items: ["Files are named by SKU, date and use case so they can be found and reused (the checker verifies the names)."]
        ),
    ]

    /// One line for the end of the text report.
    static var reminder: String {
        "Check by eye before publishing: " + items.map { $0.title.lowercased() }.joined(separator: ", ")
            + " (see the manual's pre-publish checklist)."
    }
}
