/// The README's reference of `report.yml`'s fields, written from `Schema` so that it cannot
/// drift from what the loader accepts.
public enum FieldReference {
    public static func markdown() -> String {
        var out = ""
        let sections: [(String, FieldList)] = [
            ("the report", Schema.report), ("a policy (`policies`)", Schema.policy),
            ("an objective (`objectives`)", Schema.objective), ("an action (`actions`)", Schema.action),
            ("an indicator (`indicator`)", Schema.indicator), ("an actor (`actors.<key>`)", Schema.actor),
            ("a status (`statuses.<key>`)", Schema.status),
            ("`plan.yml` (several years)", Schema.plan), ("the period (`period`)", Schema.period),
        ]
        for (title, list) in sections {
            out += "\n| key in \(title) | kind | | what it is |\n|---|---|---|---|\n"
            for field in list.fields {
                out += "| `\(field.key)` | \(describe(field.kind)) | \(field.isRequired ? "required" : "") | \(field.summary) |\n"
            }
        }
        return out + "\n"
    }

    static func describe(_ kind: FieldKind) -> String {
        switch kind {
        case .text: return "text"
        case .markdown: return "Markdown"
        case .integer: return "whole number"
        case .number: return "number"
        case .date: return "date"
        case .url: return "address"
        case .identifier: return "id"
        case .reference(let table): return "a key of `\(table)`"
        case .list(let table): return "a list of \(table) (below)"
        case .keyed(let table): return "key → \(table) (below)"
        case .record(let table): return "\(table) (below)"
        case .labels: return "label key → text"
        }
    }
}
