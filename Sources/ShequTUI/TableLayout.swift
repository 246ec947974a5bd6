/// Where a table sits on the screen: the row of its header and how many
/// data rows fit below it. Each screen computes its tables' layouts in one
/// place, and drawing, moving and mouse clicks all use them.
struct TableLayout: Equatable {
    var top: Int
    var visibleRows: Int

    /// The index of the data row drawn on screen row `row`, if one is there.
    func index(atScreenRow row: Int, offset: Int, count: Int) -> Int? {
        let index = offset + row - top - 1
        guard row > top, row <= top + visibleRows, index < count else { return nil }
        return index
    }
}
