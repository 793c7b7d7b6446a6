/// One problem found in the content or the theme, with the place it was found.
///
/// Its description is the line that `build` and `check` print:
/// `Content/report.yml:14:7: unknown status "donee" — expected one of done, partial, not_started (did you mean "done"?)`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: Sendable, Equatable {
        case error
        case warning
        /// Not a problem: how something written another way was read (`check` shows it, exit 0).
        case note
    }

    /// The file as the user knows it (for example `Content/report.yml`).
    public var file: String
    public var position: SourcePosition
    public var message: String
    public var severity: Severity
    /// Problems that only follow from this one (a narrative left without its policy by a
    /// duplicate id, the links to it): shown under it, not counted on their own.
    public var consequences: [Diagnostic] = []

    public init(file: String, position: SourcePosition, message: String, severity: Severity = .error) {
        self.file = file
        self.position = position
        self.message = message
        self.severity = severity
    }

    public var description: String {
        consequences.isEmpty ? line : ([line] + consequences.map { "  ↳ \($0.line)" }).joined(separator: "\n")
    }

    /// The diagnostic itself, on one line, without its consequences.
    public var line: String {
        "\(file):\(position.line):\(position.column): \(severity == .warning ? "warning: " : severity == .note ? "note: " : "")\(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics stops a build.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in the order a reader expects: by file, then by position.
    public func sortedByPlace() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.position != b.element.position { return a.element.position < b.element.position }
            return a.offset < b.offset
        }.map(\.element)
    }
}
