import Foundation

/// What a column of an imported sheet holds, and the headers that name it: the column names of
/// `data/actions.csv` (the contract's field names) and the Japanese headings of the tables
/// these reports are kept in.
public struct SpreadsheetField: Sendable, Hashable {
    /// The header `data/actions.csv` writes.
    public let rawValue: String
    /// The Japanese heading a table usually gives the column, first, then other wordings in use.
    public let japaneseHeaders: [String]
    /// The optional text of an action (`Schema.action`) the column fills, if it is one.
    public let textSlot: Int?

    init(_ rawValue: String, _ japaneseHeaders: [String], textSlot: Int? = nil) {
        self.rawValue = rawValue
        self.japaneseHeaders = japaneseHeaders
        self.textSlot = textSlot
    }

    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public static let policyID = Self("policy_id", ["施策ID", "施策コード"])
    public static let policyTitle = Self("policy_title", ["施策", "施策名", "基本施策"])
    public static let objective = Self("objective", ["取組方針", "取り組み方針", "取組みの方針", "取組の方針", "方針"])
    public static let id = action("id")
    public static let actor = action("actor")
    public static let title = action("title")
    public static let status = action("status")
    public static let statusLabel = Self("status_label", [])
    public static let indicatorName = indicator("name")
    public static let indicatorTarget = indicator("target")
    public static let indicatorActual = indicator("actual")
    public static let indicatorBaseline = indicator("baseline")
    public static let indicatorUnit = indicator("unit")

    private static func action(_ key: String) -> Self {
        let field = Schema.action[key]!
        return Self(field.key, field.sheetHeaders, textSlot: field.slot)
    }

    private static func indicator(_ key: String) -> Self {
        Self("indicator_" + key, Schema.indicator[key]!.sheetHeaders)
    }

    /// The columns of `data/actions.csv`, in order: the policy and objective, then the action's
    /// fields as `Schema.action` orders them (`status` followed by its label, `indicator` by
    /// its parts).
    public static let csvColumns: [SpreadsheetField] =
        [policyID, policyTitle, objective]
        + Schema.action.fields.flatMap { field in
            switch field.key {
            case "status": return [status, statusLabel]
            case "indicator": return [indicatorName, indicatorTarget, indicatorActual, indicatorUnit]
            default: return [action(field.key)]
            }
        }

    /// Every column `plansite import` recognises: those of `data/actions.csv` and the indicator's baseline.
    public static let allCases: [SpreadsheetField] = csvColumns + [indicatorBaseline]

    /// The columns that belong to an action: a row with none of them only declares its policy or objective.
    package static let actionColumns: [SpreadsheetField] = allCases.filter { ![policyID, policyTitle, objective].contains($0) }

    /// Whether an empty cell means "the same as the row above": so it is in the sheets these
    /// reports come from, where 施策 and 取組方針 are merged cells spanning their rows. In
    /// `data/actions.csv` an empty `objective` is an objective without a title, so there it is not.
    package func fillsDown(header: String) -> Bool {
        if self == .policyID || self == .policyTitle { return true }
        if self == .objective { return Self.normalized(header) != Self.normalized(rawValue) }
        return false
    }

    /// The header of each field as `data/actions.csv` writes it and the usual Japanese heading,
    /// for "expected one of …" messages.
    public static var expectedHeaders: (contract: [String], japanese: [String]) {
        (csvColumns.map(\.rawValue), allCases.compactMap(\.japaneseHeaders.first))
    }

    /// Every header that is recognised, as written, for suggestions.
    package static let knownHeaders: [String] = allCases.flatMap { [$0.rawValue] + $0.japaneseHeaders }

    private static let byHeader: [String: SpreadsheetField] = {
        var map: [String: SpreadsheetField] = [:]
        for field in allCases {
            for header in [field.rawValue] + field.japaneseHeaders { map[normalized(header)] = field }
        }
        return map
    }()

    /// The field a header names, or `nil`. Width, case, spaces, `_` and `-` do not matter:
    /// `項 目`, `ＩＤ`, `Policy ID` and `policy_id` are all recognised.
    public static func field(forHeader header: String) -> SpreadsheetField? {
        byHeader[normalized(header)]
    }

    /// NFKC (full-width letters and digits to ASCII), lowercase, without spaces, `_` and `-`.
    package static func normalized(_ header: String) -> String {
        let folded = header.precomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "_" && $0 != "-" }.map(Character.init))
    }
}
