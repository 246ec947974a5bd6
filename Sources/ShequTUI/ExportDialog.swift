import Foundation
import ShequDomain
import ShequExport

extension AppState {
    /// Opens the export dialog preset to `communityIDs` (all when empty) or
    /// a street, for `year`.
    mutating func openExport(communityIDs: [String] = [], street: String? = nil, year: Int? = nil, scopeLabel: String)
        -> [Effect]
    {
        var request = ExportRequest(year: year ?? today.year)
        request.communities = communityIDs
        request.street = street
        request.all = communityIDs.isEmpty && street == nil
        request.language = language
        // The text export lines up as this screen does.
        request.ambiguousWide = AmbiguousWidth.onScreen
        pages.append(
            .record(
                RecordForm(
                    communityID: "",
                    content: .export(ExportDraft(base: request, scopeLabel: scopeLabel, folder: exportFolder)))))
        return []
    }
}
