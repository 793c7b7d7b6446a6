/// What a field's value is: how the loader reads it, how the site shows it and how
/// `plansite schema` describes it.
public enum FieldKind: Sendable, Equatable {
    /// Plain text, escaped wherever it is shown.
    case text
    /// CommonMark, rendered (inline for one-line fields, blocks where the text has them).
    case markdown
    case integer
    /// A number, or `null` where the field allows it.
    case number
    /// A calendar date written `YYYY-MM-DD`.
    case date
    /// An absolute `https://` address.
    case url
    /// `[a-z0-9][a-z0-9-]*`: safe as a file name, an anchor and in an address.
    case identifier
    /// A key of another table of the report (`actors`, `statuses`).
    case reference(String)
    /// A list of values of another table of the schema (`policies`: a list of `policy`).
    case list(of: String)
    /// A mapping from keys the author chooses to values of another table (`actors`).
    case keyed(by: String)
    /// One value of another table (`indicator`).
    case record(String)
    /// A mapping from label keys to the words that replace them.
    case labels
}

/// One field of a type of the content contract, declared once: everything that reads, writes,
/// checks or shows the type derives its keys from these declarations.
public struct Field: Sendable {
    /// The key in `report.yml`, which is also the column of `data/actions.csv`, the key of
    /// `data/report.json`, the label key and the stem of the template names.
    public let key: String
    public let kind: FieldKind
    public let isRequired: Bool
    /// What the field is for, in one line (the README's reference and `plansite schema`).
    public let summary: String
    /// The heading a page gives the field by default (a key of `labels`), for fields shown as a
    /// column or beside a value.
    public let label: String?
    /// Headings that spreadsheets of these reports give the column, for `plansite import`.
    public let sheetHeaders: [String]
    /// Where the value lives: a typed property, read by name, or a slot of the type's
    /// `OptionalTexts`, which every stage handles without naming the field.
    public let storage: Storage

    public enum Storage: Sendable, Equatable {
        case typed
        case text(slot: Int)
    }

    /// The slot of an optional text, or `nil` for a typed field.
    public var slot: Int? {
        if case .text(let slot) = storage { return slot }
        return nil
    }
}

/// The fields of one type, in the order files are written.
public struct FieldList: Sendable {
    public let fields: [Field]
    /// The keys accepted in `report.yml`, in order (for "unknown key" suggestions).
    public let keys: [String]
    /// The fields stored as optional texts, in slot order.
    public let texts: [Field]
    private let byKey: [String: Int]

    /// A field as declared: `text: true` stores it as an optional text (text, Markdown, a date or
    /// an address), so that adding one needs no other change to the model.
    public struct Declaration: Sendable {
        let key: String
        let kind: FieldKind
        let isRequired: Bool
        let isText: Bool
        let summary: String
        let label: String?
        let sheetHeaders: [String]
    }

    public init(_ declarations: [Declaration]) {
        var fields: [Field] = []
        var texts: [Field] = []
        for d in declarations {
            let storage: Field.Storage = d.isText ? .text(slot: texts.count) : .typed
            let field = Field(
                key: d.key, kind: d.kind, isRequired: d.isRequired, summary: d.summary, label: d.label,
                sheetHeaders: d.sheetHeaders, storage: storage)
            fields.append(field)
            if d.isText { texts.append(field) }
        }
        self.fields = fields
        self.texts = texts
        keys = fields.map(\.key)
        var byKey: [String: Int] = [:]
        for (i, field) in fields.enumerated() { byKey[field.key] = i }
        self.byKey = byKey
    }

    public subscript(key: String) -> Field? { byKey[key].map { fields[$0] } }

    /// The slot of the optional text `key`; a programming error if there is none.
    public func slot(_ key: String) -> Int {
        guard let slot = self[key]?.slot else { preconditionFailure("no optional text \"\(key)\" in the schema") }
        return slot
    }
}

extension FieldList.Declaration {
    /// A field with a typed property in the model.
    public static func typed(
        _ key: String, _ kind: FieldKind, _ summary: String, required: Bool = false,
        label: String? = nil, sheet: [String] = []
    ) -> Self {
        Self(key: key, kind: kind, isRequired: required, isText: false, summary: summary, label: label, sheetHeaders: sheet)
    }

    /// An optional field stored as text: plain, Markdown, a date or an address.
    public static func text(
        _ key: String, _ summary: String, kind: FieldKind = .text, label: String? = nil,
        sheet: [String] = []
    ) -> Self {
        Self(key: key, kind: kind, isRequired: false, isText: true, summary: summary, label: label, sheetHeaders: sheet)
    }
}
