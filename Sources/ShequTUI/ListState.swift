/// Selection and scroll position of a list: which row is selected and
/// which is the first on screen. Kept apart from what the list shows.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init() {}

    /// Applies a movement over `count` rows of which `visible` fit on screen.
    public mutating func move(_ movement: Movement, count: Int, visible: Int) {
        let page = max(1, visible - 1)
        switch movement {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .first: selected = 0
        case .last: selected = count - 1
        }
        clamp(count: count, visible: visible)
    }

    /// Keeps the selection inside the list and on screen.
    public mutating func clamp(count: Int, visible: Int) {
        selected = max(0, min(selected, count - 1))
        if selected < offset { offset = selected }
        if visible > 0 && selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, min(offset, max(0, count - visible)))
    }

    /// A click selects the row under it; the wheel moves three rows.
    mutating func apply(_ mouse: MouseEvent, layout: TableLayout, count: Int) {
        switch mouse.kind {
        case .wheelUp: selected -= 3
        case .wheelDown: selected += 3
        case .press:
            guard let index = layout.index(atScreenRow: mouse.row, offset: offset, count: count) else { return }
            selected = index
        }
        clamp(count: count, visible: layout.visibleRows)
    }
}
