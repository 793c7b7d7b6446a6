/// Checks the rules of the content contract that reach across a report: ids, references to
/// actors and statuses, ranges and formats. Fills in default action ids.
public enum ReportValidator {
    /// Returns the report with every action id set (`<policy id>-<n>` where none was written)
    /// and every problem found, each at the place it was written.
    public static func validate(_ input: consuming Report, file: String) -> (report: Report, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog(file: file)
        var report = consume input
        checkReportFields(report, log)

        if report.statuses.isEmpty {
            log.error("statuses: a report needs at least one status", at: report.statusesPosition ?? .start)
        }
        for status in report.statuses {
            if let weight = status.weight.value, !(0...1).contains(weight) {
                log.error(
                    "weight of status \"\(status.key.value)\" must be from 0 to 1 (or null to leave it out of progress), found \(weight)",
                    at: status.weight.position)
            }
        }

        // Policy ids: format and uniqueness.
        var policyIDs: [String: SourcePosition] = [:]
        for policy in report.policies {
            let id = policy.id
            guard !id.value.isEmpty else { continue }  // already reported as missing
            if !isValidID(id.value) {
                log.error(
                    "policy id \"\(id.value)\" must be lowercase letters, digits and \"-\", starting with a letter or digit (e.g. \"awareness\")",
                    at: id.position)
            }
            if let first = policyIDs[id.value] {
                log.error("duplicate policy id \"\(id.value)\" (first used at \(first))", at: id.position)
            } else {
                policyIDs[id.value] = id.position
            }
        }

        // Default action ids first, so that an explicit id can be checked against all of them.
        var generated: [String: SourcePosition] = [:]
        for policy in report.policies {
            var n = 0
            for objective in policy.objectives {
                for action in objective.actions {
                    n += 1
                    if action.id == nil { generated["\(policy.id.value)-\(n)"] = action.position }
                }
            }
        }
        var explicit: [String: SourcePosition] = [:]
        for p in report.policies.indices {
            var n = 0
            for o in report.policies[p].objectives.indices {
                for a in report.policies[p].objectives[o].actions.indices {
                    n += 1
                    var action = report.policies[p].objectives[o].actions[a]
                    if let id = action.id {
                        if !isValidID(id.value) {
                            log.error(
                                "action id \"\(id.value)\" must be lowercase letters, digits and \"-\", starting with a letter or digit",
                                at: id.position)
                        } else if let first = explicit[id.value] {
                            log.error("duplicate action id \"\(id.value)\" (first used at \(first))", at: id.position)
                        } else if let other = generated[id.value] {
                            log.error(
                                "action id \"\(id.value)\" is already the default id of the action at \(other); choose another id",
                                at: id.position)
                        }
                        explicit[id.value] = explicit[id.value] ?? id.position
                    } else {
                        action.id = Located("\(report.policies[p].id.value)-\(n)", at: action.position)
                    }
                    resolveReferences(&action, actors: report.actors, statuses: report.statuses, log)
                    report.policies[p].objectives[o].actions[a] = action
                }
            }
        }
        return (report, log.diagnostics)
    }

    static func checkReportFields(_ report: Report, _ log: DiagnosticLog) {
        let title = report.title.value
        if !title.isEmpty, title.allSatisfy(\.isWhitespace) {
            log.error("title must not be blank", at: report.title.position)
        }
        let year = report.fiscalYear
        if year.value != 0, !(1868...2200).contains(year.value) {
            log.error(
                "fiscal_year: expected the Western year the fiscal year starts in, such as 2013, found \(year.value)",
                at: year.position)
        }
        checkTextFormats(report.texts, Schema.report, log)
        checkLanguage(report.texts, log)
        for policy in report.policies { checkTextFormats(policy.texts, Schema.policy, log) }
    }

    /// Dates and addresses among a value's optional texts, by their kind in the schema.
    static func checkTextFormats(_ texts: OptionalTexts, _ list: FieldList, _ log: DiagnosticLog) {
        for field in list.texts {
            guard let value = texts[field.slot!] else { continue }
            switch field.kind {
            case .date where CalendarDate(value.value) == nil:
                log.error(
                    "\(field.key): expected a date written YYYY-MM-DD (e.g. 2014-06-30), found \"\(value.value)\"",
                    at: value.position)
            case .url:
                let lower = value.value.lowercased()
                if !(lower.hasPrefix("https://") || lower.hasPrefix("http://"))
                    || value.value.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
                {
                    log.error(
                        "\(field.key): expected an address starting with https:// (e.g. https://www.city.example.jp/kyodo/), found \"\(value.value)\"",
                        at: value.position)
                }
            default: break
            }
        }
    }

    static func checkReferences(_ action: Action, actorKeys: [String], statusKeys: [String], _ log: DiagnosticLog) {
        if let actor = action.actor, !actorKeys.contains(actor.value) {
            log.error(
                "unknown actor \"\(actor.value)\" — expected one of \(actorKeys.joined(separator: ", "))"
                    + NearestMatch.hint(for: actor.value, in: actorKeys), at: actor.position)
        }
        let status = action.status
        if !status.value.isEmpty, !statusKeys.isEmpty, !statusKeys.contains(status.value) {
            log.error(
                "unknown status \"\(status.value)\" — expected one of \(statusKeys.joined(separator: ", "))"
                    + NearestMatch.hint(for: status.value, in: statusKeys), at: status.position)
        }
    }

    /// `[a-z0-9][a-z0-9-]*`: safe as a file name, an anchor and in a URL without escaping.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, isLowerAlnum(first) else { return false }
        return id.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
