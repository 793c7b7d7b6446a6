import Foundation
import PlanSiteCore

/// The header row of an imported sheet and what each column holds.
///
/// The header is the first row (among the first 30) whose non-empty cells are mostly known
/// headers, at least two of them, so that a title row and a legend above the table
/// (`★市民が主体 ●市が主体 ◎市民と市が主体`) are passed over; the first of those rows
/// is taken as the report's title when none is given.
struct SheetHeader {
    /// The index of the header row in the parsed rows.
    var rowIndex: Int
    /// The header texts, as written.
    var texts: [String]
    /// The column (0-based) of each field found.
    var columns: [SpreadsheetField: Int]
    /// Columns without a header text: any data in them is an error.
    var unnamed: Set<Int>
    /// The field whose value groups rows into policies: `.policyID` or `.policyTitle`.
    var policyKey: SpreadsheetField
    /// Fields where an empty cell repeats the row above (merged cells).
    var fillsDown: Set<SpreadsheetField>
    /// Whether policy titles carry their number, as in `施策1 協働（共働）の意識を高める！！`:
    /// so they do in the sheets; `policy_title` of `data/actions.csv` is the title alone.
    var titlesCarryNumbers: Bool
    /// The first text above the header, with its row number, if any.
    var preambleTitle: (text: String, row: Int)?

    /// How many rows from the top are searched for the header.
    static let searchDepth = 30

    /// Finds the header of `rows` and places every column, logging each problem; `nil` when the
    /// table cannot be read (a header it cannot place, a required column missing).
    static func read(_ rows: [[String]], policyColumn: String?, log: DiagnosticLog) -> SheetHeader? {
        guard let first = rows.firstIndex(where: { !isBlankRow($0) }) else {
            log.error(
                "the file has no rows; expected a header row such as 施策,取組方針,主体,項目,アクションプランの内容,実施結果,状況",
                at: SourcePosition(line: 0, column: 0))
            return nil
        }
        func isKnown(_ cell: String) -> Bool {
            SpreadsheetField.field(forHeader: cell) != nil
                || (policyColumn.map { SpreadsheetField.normalized($0) == SpreadsheetField.normalized(cell) } ?? false)
        }
        var headerIndex = first
        for index in rows.indices.prefix(searchDepth) {
            let filled = rows[index].filter { !isBlank($0) }
            let known = filled.filter(isKnown).count
            if known >= 2, known * 2 >= filled.count {
                headerIndex = index
                break
            }
        }
        let texts = rows[headerIndex].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let headerRow = headerIndex + 1
        var preambleTitle: (String, Int)?
        if let titleRow = rows[..<headerIndex].firstIndex(where: { !isBlankRow($0) }),
            let text = rows[titleRow].first(where: { !isBlank($0) })
        {
            preambleTitle = (text.trimmingCharacters(in: .whitespacesAndNewlines), titleRow + 1)
        }

        // The column named by --policy-column: by its header, by a field it names, or by its letters.
        var policyIndex: Int?
        if let policyColumn {
            let wanted = SpreadsheetField.normalized(policyColumn)
            if let index = texts.firstIndex(where: { SpreadsheetField.normalized($0) == wanted }) {
                policyIndex = index
            } else if let field = SpreadsheetField.field(forHeader: policyColumn),
                let index = texts.firstIndex(where: { SpreadsheetField.field(forHeader: $0) == field })
            {
                policyIndex = index
            } else if let number = ColumnLetters.number(policyColumn), number <= texts.count {
                policyIndex = number - 1
            } else {
                let named = texts.enumerated().filter { !$0.element.isEmpty }.map { "\(ColumnLetters.name($0.offset + 1)) \"\($0.element)\"" }
                log.error(
                    "--policy-column \"\(policyColumn)\": no column of the header row is called so; the columns are "
                        + named.joined(separator: ", ") + NearestMatch.hint(for: policyColumn, in: texts.filter { !$0.isEmpty }),
                    at: SourcePosition(line: headerRow, column: 0))
                return nil
            }
        }

        var columns: [SpreadsheetField: Int] = [:]
        var unnamed: Set<Int> = []
        var placed = true
        for (index, text) in texts.enumerated() {
            let position = SourcePosition(line: headerRow, column: index + 1)
            let letter = ColumnLetters.name(index + 1)
            let field: SpreadsheetField
            if index == policyIndex {
                field = SpreadsheetField.field(forHeader: text) == .policyID ? .policyID : .policyTitle
            } else if text.isEmpty {
                unnamed.insert(index)
                continue
            } else if let known = HeaderChoice.field(forHeader: text, in: texts) {
                field = known
            } else {
                log.error("unknown column \(letter) \"\(text)\" — expected one of \(expectedList)" + HeaderChoice.suggestion(for: text), at: position)
                placed = false
                continue
            }
            if let other = columns[field] {
                log.error(
                    "column \(letter) \"\(text)\" holds the same field (\(field.rawValue)) as column \(ColumnLetters.name(other + 1)) \"\(texts[other])\"; keep one of them",
                    at: position)
                placed = false
                continue
            }
            columns[field] = index
        }
        guard placed else { return nil }

        // Required: the policies, each action's title and status.
        let missingAt = SourcePosition(line: headerRow, column: 0)
        let policyKey: SpreadsheetField
        if let policyIndex {
            policyKey = columns[.policyID] == policyIndex ? .policyID : .policyTitle
        } else if columns[.policyID] != nil {
            policyKey = .policyID
        } else if columns[.policyTitle] != nil {
            policyKey = .policyTitle
        } else {
            log.error(
                "no column names the policies — expected a 施策 (policy_title) or policy_id column, or name the column with --policy-column",
                at: missingAt)
            return nil
        }
        var complete = true
        if columns[.title] == nil {
            log.error("no column holds the actions' titles — expected a 項目 (title) column", at: missingAt)
            complete = false
        }
        if columns[.status] == nil, columns[.statusLabel] == nil {
            log.error("no column holds the actions' status — expected a 状況 (status) column with 実施, 一部実施 or 未実施", at: missingAt)
            complete = false
        }
        guard complete else { return nil }

        var fillsDown: Set<SpreadsheetField> = []
        for (field, index) in columns where field.fillsDown(header: texts[index]) { fillsDown.insert(field) }
        let titlesCarryNumbers =
            columns[.policyTitle].map {
                SpreadsheetField.normalized(texts[$0]) != SpreadsheetField.normalized(SpreadsheetField.policyTitle.rawValue)
            } ?? false
        return SheetHeader(
            rowIndex: headerIndex, texts: texts, columns: columns, unnamed: unnamed, policyKey: policyKey,
            fillsDown: fillsDown, titlesCarryNumbers: titlesCarryNumbers, preambleTitle: preambleTitle)
    }

    /// `施策, 取組方針, …, or the columns of data/actions.csv (policy_id, …)`.
    static var expectedList: String {
        let expected = SpreadsheetField.expectedHeaders
        return expected.japanese.joined(separator: ", ") + ", or the columns of data/actions.csv ("
            + expected.contract.joined(separator: ", ") + ")"
    }

    /// The usual heading nearest to `text`, else the nearest of every wording known.
    static func suggestion(for text: String) -> String {
        let usual = SpreadsheetField.expectedHeaders
        let hint = NearestMatch.hint(for: text, in: usual.japanese + usual.contract)
        return hint.isEmpty ? NearestMatch.hint(for: text, in: SpreadsheetField.knownHeaders) : hint
    }

    static func isBlank(_ cell: String) -> Bool {
        cell.allSatisfy(\.isWhitespace)
    }

    static func isBlankRow(_ row: [String]) -> Bool {
        row.allSatisfy(isBlank)
    }
}
