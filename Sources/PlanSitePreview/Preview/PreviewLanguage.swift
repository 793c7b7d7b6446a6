import Foundation
import PlanSiteCore

extension PreviewServer {
    /// The language of the report being previewed, for the error banner: `language: en` in
    /// report.yml makes it English, anything else (or a file that cannot be read) Japanese.
    /// Read from the text itself, since a report with errors may not load.
    var reportLanguage: MessageLanguage {
        let file = paths.content.appendingPathComponent("report.yml")
        guard let data = try? Data(contentsOf: file) else { return .ja }
        return Self.language(ofReport: String(decoding: data, as: UTF8.self))
    }

    static func language(ofReport text: String) -> MessageLanguage {
        for line in text.split(separator: "\n") where line.hasPrefix("language:") {
            let value = line.dropFirst("language:".count).split(separator: "#").first ?? ""
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return SiteLanguage(written: word) == .en ? .en : .ja
        }
        return .ja
    }
}
