import PlanSiteSupport

/// A JSON Schema (draft-07, which editors' YAML support reads) of `report.yml`, written from
/// `Schema`: `plansite schema` prints it, and `init` points editors at it so they complete keys
/// and flag typos as the author types. What it cannot express (references between tables,
/// unique ids, dates that exist) stays with `check`.
public enum JSONSchema {
    public static func reportSchema() -> String {
        schema(root: "report", file: "report.yml", description: "One year's results of an action plan, as plansite reads them.")
    }

    /// `plan.yml` of a several-year project.
    public static func planSchema() -> String {
        schema(root: "plan", file: "plan.yml", description: "An action plan over several years: what every year inherits.")
    }

    static func schema(root: String, file: String, description: String) -> String {
        var definitions: [String] = []
        var rootList: FieldList?
        for (name, list) in Schema.tables {
            if name == root {
                rootList = list
                continue
            }
            guard referenced(name, from: root) else { continue }
            definitions.append("    " + JSONText.quoted(name) + ": " + object(list, indent: 4))
        }
        return "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": " + JSONText.quoted("plansite " + file) + ",\n"
            + "  \"description\": " + JSONText.quoted(description) + ",\n"
            + object(rootList!, indent: 0).dropFirst(2).dropLast(2) + ",\n"
            + "  \"definitions\": {\n" + definitions.joined(separator: ",\n") + "\n  }\n}\n"
    }

    /// Whether the table `name` is reached from `root` through the fields' kinds.
    static func referenced(_ name: String, from root: String) -> Bool {
        var seen: Set<String> = [root]
        var queue = [root]
        while let table = queue.popLast() {
            guard let list = Schema.tables.first(where: { $0.name == table })?.fields else { continue }
            for field in list.fields {
                let target: String?
                switch field.kind {
                case .list(let t), .keyed(let t), .record(let t): target = t
                default: target = nil
                }
                if let target, !seen.contains(target) {
                    seen.insert(target)
                    queue.append(target)
                }
            }
        }
        return seen.contains(name)
    }

    /// A table as an object schema: its keys and no others, the required ones required.
    static func object(_ list: FieldList, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        var lines = [pad + "\"type\": \"object\"", pad + "\"additionalProperties\": false"]
        let required = list.fields.filter(\.isRequired).map { JSONText.quoted($0.key) }
        if !required.isEmpty { lines.append(pad + "\"required\": [" + required.joined(separator: ", ") + "]") }
        let properties = list.fields.map { field in
            pad + "  " + JSONText.quoted(field.key) + ": " + value(field)
        }
        lines.append(pad + "\"properties\": {\n" + properties.joined(separator: ",\n") + "\n" + pad + "}")
        return "{\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "}"
    }

    /// One field's schema on one line.
    static func value(_ field: Field) -> String {
        // Text is read from any scalar (`no`, `0123` and `2013` stay text), as the loader reads it.
        let text = "\"type\": [\"string\", \"number\", \"boolean\"]"
        let shape: String
        switch field.kind {
        case .text, .markdown: shape = text
        case .integer: shape = "\"type\": \"integer\""
        case .number: shape = "\"type\": [\"number\", \"null\"]"  // null: no figure, or a weight left out of progress
        case .date: shape = "\"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\""
        case .url: shape = "\"type\": \"string\", \"pattern\": \"^[Hh][Tt][Tt][Pp][Ss]?://\""
        case .identifier: shape = "\"type\": \"string\", \"pattern\": \"^[a-z0-9][a-z0-9-]*$\""
        case .reference: shape = text
        case .list(let table): shape = "\"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/\(table)\" }"
        case .keyed(let table): shape = "\"type\": \"object\", \"additionalProperties\": { \"$ref\": \"#/definitions/\(table)\" }"
        case .record(let table): shape = "\"$ref\": \"#/definitions/\(table)\""
        case .labels:
            shape =
                "\"type\": \"object\", \"additionalProperties\": false, \"properties\": { "
                + LabelSet.keys.map { JSONText.quoted($0) + ": { \(text) }" }.joined(separator: ", ") + " }"
        }
        return "{ " + (yearShapes[field.key] ?? shape) + ", \"description\": " + JSONText.quoted(field.summary) + " }"
    }

    /// A year is also read as people write it (`FiscalYear.parse`): 平成25年度, H25, 令和元年度.
    static let yearShapes: [String: String] = [
        "fiscal_year": "\"anyOf\": [{ \"type\": \"integer\" }, { \"type\": \"string\", \"pattern\": "
            + JSONText.quoted("^\\s*(\\d{4}(年度?)?|(明治|大正|昭和|平成|令和|[MTSHRmtshrＭＴＳＨＲｍｔｓｈｒ]\\.?)\\s*(元|\\d{1,2}|[０-９]{1,2})\\s*(年度?)?)\\s*$")
            + " }]"
    ]
}
