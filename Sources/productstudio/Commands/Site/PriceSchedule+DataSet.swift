import StudioCore
import StudioSite

extension PriceSchedule {
    /// The schedule as the `pricing` data set, so the help site's pricing table shows the very numbers the ledger charges.
    var pricingDataSet: DataSet {
        DataSet(
            name: "pricing",
            columns: [.init(key: "operation", title: "Operation"), .init(key: "usage", title: "Typical credit usage")],
            rows: entries.map { ["operation": $0.operation, "usage": $0.usage, "credits": String($0.credits)] }
        )
    }
}
