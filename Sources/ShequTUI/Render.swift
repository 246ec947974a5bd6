import ShequDomain
import ShequText

extension AppState {
    /// Draws the whole screen for the current state: the top page, or the
    /// help over it, or a notice when the terminal is too small.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.columns > 0, size.rows > 0 else { return buffer }
        if isTooSmall {
            renderTooSmall(into: &buffer)
        } else if showingHelp {
            renderHelp(into: &buffer)
        } else {
            switch pages.last {
            case nil: renderHome(into: &buffer)
            case .welcome: renderWelcome(into: &buffer)
            case .community(let page): renderCommunityPage(page, into: &buffer)
            case .plan(let page): renderPlanPage(page, into: &buffer)
            case .task(let page): renderTaskPage(page, into: &buffer)
            case .record(let form): renderRecordForm(form, into: &buffer)
            case .checklist(let page): renderChecklistPage(page, into: &buffer)
            case .reviews(let page): renderReviews(page, into: &buffer)
            case .attainment(let page): renderAttainment(page, into: &buffer)
            case .item(let page): renderItemPage(page, into: &buffer)
            case .history(let page): renderHistory(page, into: &buffer)
            case .restore(let page): renderRestore(page, into: &buffer)
            }
        }
        return buffer
    }

    /// Below 60×16 the screens cannot be laid out; say so, centred, in as
    /// much room as there is. Q and Ctrl-C still quit.
    private func renderTooSmall(into buffer: inout ScreenBuffer) {
        let lines = [
            language(L.terminalTooSmall),
            language(L.needAtLeast(Self.minimumSize.columns, Self.minimumSize.rows)),
            "\(size.columns)x\(size.rows)",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let width = min(DisplayWidth.of(line), size.columns)
            buffer.write(
                line, column: max(0, (size.columns - width) / 2), row: top + index, width: size.columns,
                role: index == 0 ? .warn : .normal)
        }
    }
}
