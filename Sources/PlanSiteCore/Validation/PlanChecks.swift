/// The warnings of a several-year plan (`check` and `build` show them; they stop nothing):
/// an action whose id has another title than the year before — the sign of a row inserted
/// above it while ids were left to their defaults — and ids left to their defaults at all.
public enum PlanChecks {
    /// `years` validated, oldest first; `files` their report.yml as the user knows it.
    public static func warnings(_ years: [(year: Int, report: Report)], files: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (y, year) in years.enumerated() {
            let file = y < files.count ? files[y] : "report.yml"
            var defaults = 0
            var firstDefault: SourcePosition?
            for policy in year.report.policies {
                for action in policy.actions where action.id?.position == action.position {
                    defaults += 1
                    if firstDefault == nil { firstDefault = action.position }
                }
            }
            if let firstDefault, years.count > 1 {
                diagnostics.append(
                    Diagnostic(
                        file: file, position: firstDefault,
                        message:
                            "\(defaults) action(s) of \(year.year) have no id and take the default <policy id>-<n>: inserting a row renumbers those after it and links them to other actions of other years; write each action's id (plansite next-year writes them)",
                        severity: .warning))
            }
            guard y > 0 else { continue }
            var before: [String: String] = [:]
            var idOfTitle: [String: String] = [:]
            for policy in years[y - 1].report.policies {
                for action in policy.actions {
                    let id = action.id?.value ?? ""
                    before[id] = action.title.value
                    if idOfTitle[action.title.value] == nil { idOfTitle[action.title.value] = id }
                }
            }
            for policy in year.report.policies {
                for action in policy.actions {
                    let id = action.id?.value ?? ""
                    guard let old = before[id], old != action.title.value else { continue }
                    var message = "the action \"\(id)\" was titled \"\(old)\" in \(years[y - 1].year) and is \"\(action.title.value)\" now"
                    if let other = idOfTitle[action.title.value], other != id {
                        message +=
                            "; in \(years[y - 1].year) this title was the action \"\(other)\" — was a row inserted above it? Write the id it had"
                    } else {
                        message += "; if it is another action, give it an id of its own"
                    }
                    diagnostics.append(Diagnostic(file: file, position: action.title.position, message: message, severity: .warning))
                }
            }
        }
        return diagnostics
    }
}
