/// The columns of a query's result in the order the query selects them, so each row is read by position with no
/// name looked up; the names are for the errors.
protocol ResultColumn: RawRepresentable<Int>, CaseIterable {
    /// The table a value that cannot be read is reported in.
    static var table: String { get }
    /// The column's name in the result.
    var name: String { get }
}
