import Foundation
import PlanSiteCore

/// Reads the rows below a sheet's header, one at a time, into policies, objectives and actions,
/// logging every problem at its row and column.
///
/// Values keep the cell they came from as their position (line = row, column = column number),
/// so that `ReportValidator`'s messages about them point at the sheet.
struct SheetRowReader {
    let header: SheetHeader
    let statuses: [StatusDefinition]
    let actors: [ActorDefinition]
    let log: DiagnosticLog

    /// A policy while its rows are read.
    struct PolicyDraft {
        var key: String
        var position: SourcePosition
        var id: Located<String>?
        var title: Located<String>?
        var objectives: [ObjectiveDraft] = []
    }

    struct ObjectiveDraft {
        /// The objective's title, trimmed, as rows are compared; empty for none.
        var key: String
        var objective: Objective
    }

    private(set) var policies: [PolicyDraft] = []
    /// The first row of each policy read so far, by key.
    private var policyRows: [String: Int] = [:]
    /// The objective of the row above, for merged 取組方針 cells.
    private var previousObjective = ""
    /// The rows of the action ids written, by id.
    private var actionIDRows: [String: Int] = [:]

    init(header: SheetHeader, statuses: [StatusDefinition], actors: [ActorDefinition], log: DiagnosticLog) {
        self.header = header
        self.statuses = statuses
        self.actors = actors
        self.log = log
    }

    mutating func read(_ cells: [String], row: Int) {
        guard !SheetHeader.isBlankRow(cells) else { return }
        for (index, text) in cells.enumerated() where !SheetHeader.isBlank(text) {
            if index >= header.texts.count || header.unnamed.contains(index) {
                log.error(
                    "this cell is outside the table: column \(ColumnLetters.name(index + 1)) has no header; give the column a header or clear the cell",
                    at: SourcePosition(line: row, column: index + 1))
            }
        }
        /// The cell of `field` in this row, or `nil` when there is no such column or the cell is blank.
        func cell(_ field: SpreadsheetField) -> Located<String>? {
            guard let index = header.columns[field], index < cells.count, !SheetHeader.isBlank(cells[index]) else { return nil }
            return Located(SpreadsheetImporter.removingFormulaGuard(cells[index]), at: SourcePosition(line: row, column: index + 1))
        }

        // The policy: a new one where the key changes; an empty key repeats the row above.
        let keyField = header.policyKey
        let keyCell = cell(keyField)
        var startsPolicy = false
        if let keyCell {
            let key = keyCell.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if policies.last?.key != key {
                if let first = policyRows[key] {
                    log.error(
                        "\(describe(keyField)) \"\(key)\" already ended before this row (it starts in row \(first)); keep the rows of a policy together",
                        at: keyCell.position)
                    return
                }
                policyRows[key] = row
                policies.append(PolicyDraft(key: key, position: keyCell.position))
                startsPolicy = true
                if keyField == .policyID { setPolicyID(keyCell) } else { policies[policies.count - 1].title = keyCell }
            }
        } else if policies.isEmpty {
            log.error(
                "the first row of the table has no \(describe(keyField)); every row needs a policy, or the one of the row above",
                at: SourcePosition(line: row, column: (header.columns[keyField] ?? -1) + 1))
            return
        }
        let other: SpreadsheetField = keyField == .policyID ? .policyTitle : .policyID
        if let otherCell = cell(other) {
            if other == .policyID { setPolicyID(otherCell) } else { setPolicyTitle(otherCell) }
        }

        // The objective: a new one where its title changes.
        let objectiveCell = cell(.objective)
        var objectiveKey = objectiveCell?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if objectiveCell == nil, !startsPolicy, header.fillsDown.contains(.objective) { objectiveKey = previousObjective }
        previousObjective = objectiveKey
        let hasAction = SpreadsheetField.actionColumns.contains { cell($0) != nil }
        var policy = policies[policies.count - 1]
        if policy.objectives.last?.key != objectiveKey || (policy.objectives.isEmpty && hasAction) {
            guard hasAction || !objectiveKey.isEmpty else { return }
            let position = objectiveCell?.position ?? SourcePosition(line: row, column: (header.columns[.objective] ?? -1) + 1)
            policy.objectives.append(ObjectiveDraft(key: objectiveKey, objective: Objective(title: objectiveCell, actions: [], position: position)))
        }
        defer { policies[policies.count - 1] = policy }
        guard hasAction else { return }

        // The action.
        let titleColumn = header.columns[.title]! + 1
        let title = cell(.title)
        if title == nil {
            log.error("missing \(describe(.title)): every action needs one", at: SourcePosition(line: row, column: titleColumn))
        }
        let status = readStatus(cell(.status), label: cell(.statusLabel), row: row)
        var id: Located<String>?
        if let idCell = cell(.id) {
            let value = idCell.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !ReportValidator.isValidID(value) {
                log.error(
                    "action id \"\(value)\" must be lowercase letters, digits and \"-\", starting with a letter or digit (or leave the cell empty for the default id)",
                    at: idCell.position)
            } else if let first = actionIDRows[value] {
                log.error(
                    "duplicate action id \"\(value)\" (first used in row \(first)); clear the cell of a new row to get a new id",
                    at: idCell.position)
            } else {
                actionIDRows[value] = row
                id = Located(value, at: idCell.position)
            }
        }
        var texts = OptionalTexts(count: Schema.action.texts.count)
        for field in SpreadsheetField.allCases { if let slot = field.textSlot { texts[slot] = cell(field) } }
        let action = Action(
            id: id, actor: cell(.actor).flatMap { readActor($0) },
            title: title ?? Located("", at: SourcePosition(line: row, column: titleColumn)),
            status: status ?? Located("", at: SourcePosition(line: row, column: titleColumn)),
            indicator: readIndicator(cell, row: row), texts: texts,
            position: SourcePosition(line: row, column: titleColumn))
        policy.objectives[policy.objectives.count - 1].objective.actions.append(action)
    }

    // MARK: Policies

    private mutating func setPolicyID(_ cell: Located<String>) {
        let value = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
        let p = policies.count - 1
        if let current = policies[p].id {
            if current.value != value {
                log.error(
                    "policy_id \"\(value)\" differs from \"\(current.value)\" in row \(current.position.line) of the same policy; a policy has one id",
                    at: cell.position)
            }
            return
        }
        guard ReportValidator.isValidID(value) else {
            log.error(
                "policy id \"\(value)\" must be lowercase letters, digits and \"-\", starting with a letter or digit (e.g. \"awareness\")",
                at: cell.position)
            return
        }
        policies[p].id = Located(value, at: cell.position)
    }

    private mutating func setPolicyTitle(_ cell: Located<String>) {
        let p = policies.count - 1
        if let current = policies[p].title {
            let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
            if trimmed(current.value) != trimmed(cell.value) {
                log.error(
                    "policy_title \"\(cell.value)\" differs from \"\(current.value)\" in row \(current.position.line) of the same policy; a policy has one title (a row without a policy_id belongs to the policy above: give a new policy its own policy_id)",
                    at: cell.position)
            }
            return
        }
        policies[p].title = cell
    }

    /// The policies read, each with its id, number and title. Without an id in the sheet, a
    /// policy takes the id of the `base` policy of the same title, else `p<number>` (施策1 → p1),
    /// else `p<position>`.
    func finishPolicies(base: Report?, notes: inout [String]) -> [Policy] {
        var result: [Policy] = []
        var used: [String: SourcePosition] = [:]
        for draft in policies {
            if let id = draft.id {
                if let first = used[id.value] {
                    log.error("duplicate policy id \"\(id.value)\" (first used in row \(first.line))", at: id.position)
                }
                used[id.value] = id.position
            }
        }
        for (index, draft) in policies.enumerated() {
            guard let titleCell = draft.title else {
                log.error(
                    "policy \"\(draft.key)\" has no title: fill in its \(describe(.policyTitle)) cell in one of its rows",
                    at: SourcePosition(line: Int(draft.position.line), column: (header.columns[.policyTitle] ?? -1) + 1))
                continue
            }
            var title = titleCell
            var number: Located<Int>?
            if header.titlesCarryNumbers, let split = Self.splitNumber(titleCell.value) {
                number = Located(split.number, at: titleCell.position)
                title.value = split.title
            }
            let matched = base?.policies.first { $0.title.value == title.value && used[$0.id.value] == nil }
            var id = draft.id
            if id == nil, let matched {
                id = Located(matched.id.value, at: draft.position)
                notes.append("policy \"\(title.value)\" keeps its id \"\(matched.id.value)\" from the report it replaces")
            }
            if id == nil {
                let stem = "p\(number?.value ?? index + 1)"
                var candidate = stem
                var k = 2
                while used[candidate] != nil {
                    candidate = "\(stem)-\(k)"
                    k += 1
                }
                id = Located(candidate, at: draft.position)
            }
            used[id!.value] = id!.position
            let kept = base?.policies.first { $0.id.value == id!.value }
            if number == nil { number = kept?.number ?? Located(index + 1, at: draft.position) }
            result.append(
                Policy(
                    id: id!, number: number, title: title,
                    texts: kept?.texts ?? OptionalTexts(count: Schema.policy.texts.count),
                    objectives: draft.objectives.map(\.objective), position: draft.position))
        }
        return result
    }

    /// `施策1 協働（共働）の意識を高める！！` → 1 and the title; also `施策１：…`, `施策 2．…`.
    static func splitNumber(_ text: String) -> (number: Int, title: String)? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard rest.hasPrefix("施策") else { return nil }
        rest = rest.dropFirst(2).drop(while: \.isWhitespace)
        let digits = rest.prefix { $0.isASCII ? $0.isNumber : ("０"..."９").contains($0) }
        guard !digits.isEmpty, let number = Int(String(digits).precomposedStringWithCompatibilityMapping) else { return nil }
        let title = rest.dropFirst(digits.count).drop { $0.isWhitespace || " 　:：.．、,，-－)）".contains($0) }
        guard !title.isEmpty else { return nil }
        return (number, String(title))
    }

    // MARK: Status, actor, indicator

    /// The status key a cell names, by key, label or symbol (`実施` → `done`). With both a status
    /// and a status_label column, the two must agree; the label alone is enough.
    private func readStatus(_ status: Located<String>?, label: Located<String>?, row: Int) -> Located<String>? {
        let fromStatus = status.flatMap { resolveStatus($0, field: .status) }
        let fromLabel = label.flatMap { resolveStatus($0, field: .statusLabel) }
        if let fromStatus, let fromLabel, let label, fromStatus.value != fromLabel.value {
            log.error(
                "status_label \"\(label.value)\" does not match status \"\(status!.value)\"; change one of them, or clear the status cell to go by the label",
                at: label.position)
            return nil
        }
        if status == nil, label == nil {
            let column = (header.columns[.status] ?? header.columns[.statusLabel]!) + 1
            log.error(
                "missing \(describe(.status)) — expected one of \(statuses.map(\.label.value).joined(separator: ", "))",
                at: SourcePosition(line: row, column: column))
        }
        return status == nil ? fromLabel : fromStatus
    }

    private func resolveStatus(_ cell: Located<String>, field: SpreadsheetField) -> Located<String>? {
        let text = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
        let match =
            statuses.first { [$0.key.value, $0.label.value, $0.symbol?.value].contains(text) }
            ?? statuses.first { status in
                [status.key.value, status.label.value, status.symbol?.value].compactMap { $0 }.contains { Self.loose($0) == Self.loose(text) }
            }
        if let match { return Located(match.key.value, at: cell.position) }
        let labels = statuses.map(\.label.value)
        let keys = statuses.map(\.key.value)
        log.error(
            "unknown \(field == .status ? "status" : "status_label") \"\(text)\" — expected one of \(labels.joined(separator: ", ")) (or \(keys.joined(separator: ", ")))"
                + NearestMatch.hint(for: text, in: labels + keys), at: cell.position)
        return nil
    }

    /// The actor key a cell names: `◎`, `市民と市が主体`, `◎市民と市が主体`, `市民と市` or `joint`.
    private func readActor(_ cell: Located<String>) -> Located<String>? {
        let text = Self.loose(cell.value)
        for actor in actors {
            let mark = actor.mark.value
            let label = actor.label.value
            var names = [actor.key.value, mark, label, mark + label]
            if label.hasSuffix("が主体") { names.append(String(label.dropLast(3))) }
            if names.contains(where: { !$0.isEmpty && Self.loose($0) == text }) { return Located(actor.key.value, at: cell.position) }
        }
        let marks = actors.map { "\($0.mark.value) \($0.label.value)" }
        log.error(
            "unknown actor \"\(cell.value.trimmingCharacters(in: .whitespacesAndNewlines))\" — expected one of \(marks.joined(separator: ", ")) (or \(actors.map(\.key.value).joined(separator: ", ")))"
                + NearestMatch.hint(for: cell.value, in: actors.flatMap { [$0.label.value, $0.key.value] }), at: cell.position)
        return nil
    }

    private func readIndicator(_ cell: (SpreadsheetField) -> Located<String>?, row: Int) -> Indicator? {
        let name = cell(.indicatorName)
        let unit = cell(.indicatorUnit)
        func figure(_ field: SpreadsheetField) -> Located<Double>? {
            guard let text = cell(field) else { return nil }
            let plain = text.value.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: ",", with: "")
            guard EventReader.isDecimalNumber(plain), let value = Double(plain), value.isFinite else {
                // `20件`: a figure with its unit, as people type them.
                let withUnit = plain.first?.isNumber == true && header.columns[.indicatorUnit] != nil
                log.error(
                    "\(describe(field)): expected a number, found \"\(text.value)\"" + (withUnit ? " (the unit goes in its own column)" : ""),
                    at: text.position)
                return nil
            }
            return Located(value, at: text.position)
        }
        let target = figure(.indicatorTarget)
        let actual = figure(.indicatorActual)
        let baseline = figure(.indicatorBaseline)
        guard let name else {
            let given: [SpreadsheetField] = [.indicatorTarget, .indicatorActual, .indicatorBaseline, .indicatorUnit].filter { cell($0) != nil }
            if let first = given.first {
                log.error(
                    "an indicator needs a name in \(describe(.indicatorName)) when it has a \(given.map(describe).joined(separator: ", "))",
                    at: SourcePosition(line: row, column: (header.columns[.indicatorName] ?? header.columns[first]!) + 1))
            }
            return nil
        }
        return Indicator(name: name, target: target, actual: actual, baseline: baseline, unit: unit, position: name.position)
    }

    // MARK: Words

    /// The column as the sheet names it, with the contract's name: `項目 (title)`.
    private func describe(_ field: SpreadsheetField) -> String {
        let written = header.columns[field].map { header.texts[$0] } ?? field.japaneseHeaders.first ?? field.rawValue
        return SpreadsheetField.normalized(written) == SpreadsheetField.normalized(field.rawValue) ? field.rawValue : "\(written) (\(field.rawValue))"
    }

    /// For matching words typed by hand: width, case and spaces do not matter.
    static func loose(_ text: String) -> String {
        SpreadsheetField.normalized(text)
    }
}
