extension ReportValidator {
    /// `language:` names one of the languages the theme speaks.
    static func checkLanguage(_ texts: OptionalTexts, _ log: DiagnosticLog) {
        guard let written = texts[Schema.report.slot("language")], SiteLanguage(written: written.value) == nil else { return }
        let known = SiteLanguage.allCases.map(\.rawValue)
        log.error(
            "language: expected one of \(known.joined(separator: ", ")), found \"\(written.value)\""
                + NearestMatch.hint(for: written.value, in: known),
            at: written.position)
    }
}
