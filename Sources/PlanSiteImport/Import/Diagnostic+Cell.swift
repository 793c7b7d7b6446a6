import PlanSiteCore

extension Diagnostic {
    /// The diagnostic as a place in a sheet: `actions.csv:12:C: message`, the row as the
    /// spreadsheet numbers it and the column in letters. A problem of a whole row leaves out the
    /// column (column 0), one of the whole file also the row (row 0).
    public var cellDescription: String {
        var place = file
        if position.line > 0 {
            place += ":\(position.line)"
            if position.column > 0 { place += ":" + ColumnLetters.name(Int(position.column)) }
        }
        return "\(place): \(severity == .warning ? "warning: " : "")\(message)"
    }

    /// `cellDescription` with the message in `language`.
    public func cellDescription(in language: MessageLanguage) -> String {
        guard language == .ja else { return cellDescription }
        var place = file
        if position.line > 0 {
            place += ":\(position.line)"
            if position.column > 0 { place += ":" + ColumnLetters.name(Int(position.column)) }
        }
        return "\(place): \(severity == .warning ? "警告: " : "")\(MessageCatalog.localized(message, language))"
    }
}
