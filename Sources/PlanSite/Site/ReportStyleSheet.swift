/// `report.css`: the part of the print styles that depends on the report — the running header
/// of every printed page (the report's name and year in a page margin box). It is a file of
/// its own because the pages' Content-Security-Policy allows no inline style.
enum ReportStyleSheet {
    static let fileName = "report.css"

    /// The stylesheet for a report named `runningHeader`.
    static func text(runningHeader: String) -> String {
        """
        /* Made by plansite for this report: the running header of printed pages. */
        @page { @top-left { content: \(quoted(runningHeader)); } }
        @page :first { @top-left { content: none; } }

        """
    }

    /// A CSS string literal: `"` and `\` escaped, line breaks and other control characters as
    /// hexadecimal escapes (`\A `), so no title can end the string or the rule.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
