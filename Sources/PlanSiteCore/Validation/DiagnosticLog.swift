/// Collects the problems of one file while a stage reads it, so that one run reports them all.
package final class DiagnosticLog {
    let file: String
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String) {
        self.file = file
    }

    package func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, position: position, message: message))
    }

    func warning(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, position: position, message: message, severity: .warning))
    }

    func note(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, position: position, message: message, severity: .note))
    }
}
