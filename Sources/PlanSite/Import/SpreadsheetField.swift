import Foundation

/// What a column of an imported sheet holds, and the headers that name it: the column names of
/// `data/actions.csv` (the contract's field names) and the Japanese headings of the tables
/// these reports are kept in.
public enum SpreadsheetField: String, Sendable, CaseIterable {
    case policyID = "policy_id"
    case policyTitle = "policy_title"
    case objective
    case id
    case actor
    case title
    case plan
    case result
    case status
    case statusLabel = "status_label"
    case department
    case indicatorName = "indicator_name"
    case indicatorTarget = "indicator_target"
    case indicatorActual = "indicator_actual"
    case indicatorBaseline = "indicator_baseline"
    case indicatorUnit = "indicator_unit"
    case challenges
    case nextSteps = "next_steps"
    case note

    /// The Japanese heading a table usually gives the column, first, then other wordings in use.
    public var japaneseHeaders: [String] {
        switch self {
        case .policyID: return ["施策ID", "施策コード"]
        case .policyTitle: return ["施策", "施策名", "基本施策"]
        case .objective: return ["取組方針", "取り組み方針", "取組みの方針", "取組の方針", "方針"]
        case .id: return ["ID", "取組ID"]
        case .actor: return ["主体", "実施主体"]
        case .title: return ["項目", "取組", "取組名", "取り組み", "事業名"]
        case .plan: return ["アクションプランの内容", "アクションプラン", "計画", "計画内容", "取組内容"]
        case .result: return ["実施結果", "結果", "取組結果", "実施内容"]
        case .status: return ["状況", "実施状況", "進捗", "進捗状況", "達成状況", "評価"]
        case .statusLabel: return []
        case .department: return ["担当課", "関係部署", "担当部署", "所管課", "担当"]
        case .indicatorName: return ["指標", "指標名"]
        case .indicatorTarget: return ["目標", "目標値"]
        case .indicatorActual: return ["実績", "実績値"]
        case .indicatorBaseline: return ["基準値"]
        case .indicatorUnit: return ["単位"]
        case .challenges: return ["課題"]
        case .nextSteps: return ["次年度へ向けた取組", "次年度に向けた取組", "次年度へ向けた取り組み", "次年度に向けた取り組み", "今後の取組", "今後の方向性"]
        case .note: return ["備考"]
        }
    }

    /// Whether an empty cell means "the same as the row above": so it is in the sheets these
    /// reports come from, where 施策 and 取組方針 are merged cells spanning their rows. In
    /// `data/actions.csv` an empty `objective` is an objective without a title, so there it is not.
    func fillsDown(header: String) -> Bool {
        switch self {
        case .policyID, .policyTitle: return true
        case .objective: return Self.normalized(header) != Self.normalized(rawValue)
        default: return false
        }
    }

    /// The header of each field as `data/actions.csv` writes it and the usual Japanese heading,
    /// for "expected one of …" messages.
    public static var expectedHeaders: (contract: [String], japanese: [String]) {
        (ActionsCSV.columns, allCases.compactMap(\.japaneseHeaders.first))
    }

    /// Every header that is recognised, as written, for suggestions.
    static let knownHeaders: [String] = allCases.flatMap { [$0.rawValue] + $0.japaneseHeaders }

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
    static func normalized(_ header: String) -> String {
        let folded = header.precomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "_" && $0 != "-" }.map(Character.init))
    }
}
