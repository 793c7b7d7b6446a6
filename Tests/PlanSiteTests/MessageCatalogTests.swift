import Foundation
import Testing

@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview

/// Messages in English and Japanese: every entry in both, every message plansite makes found.
@Suite("Messages in two languages")
struct MessageCatalogTests {
    static func slots(_ template: String) -> Set<String> {
        Set(
            MessageCatalog.parse(template).compactMap { part -> String? in
                if case .slot(_, let name) = part { return name }
                return nil
            })
    }

    @Test("Every entry has its English and its Japanese, with the same slots")
    func everyEntryInBoth() {
        for entry in MessageCatalog.entries + MessageCatalog.phrases {
            #expect(!entry.english.isEmpty && !entry.japanese.isEmpty, "\(entry.english)")
            #expect(Self.slots(entry.japanese).isSubset(of: Self.slots(entry.english)), "\(entry.english)")
            #expect(entry.japanese.unicodeScalars.contains { $0.value >= 0x3000 }, "not Japanese: \(entry.japanese)")
        }
        let english = MessageCatalog.entries.map(\.english)
        #expect(Set(english).count == english.count, "an English message is in the catalog twice")
    }

    @Test("Slots, phrases and suffixes")
    func translation() {
        #expect(MessageCatalog.japanese("missing key \"title\" in the report") == "報告書にキー「title」がありません")
        #expect(
            MessageCatalog.japanese("policy: expected a mapping of keys and values, found a list")
                == "施策: キーと値の組（マッピング）を書きます。リストが書かれています")
        #expect(
            MessageCatalog.japanese("unknown status \"donee\" — expected one of done, partial (did you mean \"done\"?)")
                == "状況「donee」は定義されていません。使えるもの: done, partial（「done」のことですか？）")
        #expect(MessageCatalog.japanese("error: title must not be blank") == "エラー: title が空白だけです")
        #expect(MessageCatalog.japanese("1 error, 0 warnings.") == "エラー 1 件、警告 0 件。")
        #expect(MessageCatalog.japanese("something no entry knows") == nil)
        #expect(MessageCatalog.localized("something no entry knows", .ja) == "something no entry knows")
        #expect(MessageCatalog.localized("title must not be blank", .en) == "title must not be blank")
    }

    @Test("The import's problems, notes and warnings are all in the catalog")
    func importMessages() {
        let sheets = [
            "施策,項目,状況,担当者,メモ欄\n意識,学習会,実施,a,b\n",
            "施策,項目,状況\n,学習会,実施\n意識,,済み\n",
            "施策,項目,状況,主体,指標,目標\n意識,学習会,実施,▲,,10\n意識,講座,実施,●,参加者,十\n",
            "policy_id,policy_title,title,status\nA_B,意識,学習会,done\n",
            "施策,項目\n意識,学習会\n",
        ]
        for sheet in sheets {
            let result = ImportTests.convert(sheet, ImportTests.options(title: nil, fiscalYear: nil))
            #expect(!result.diagnostics.isEmpty)
            for diagnostic in result.diagnostics {
                #expect(MessageCatalog.japanese(diagnostic.message) != nil, "no Japanese for: \(diagnostic.message)")
            }
            for note in result.notes {
                #expect(MessageCatalog.japanese(note) != nil, "no Japanese for the note: \(note)")
            }
        }
    }

    @Test("The language: --lang first, then LC_ALL, LC_MESSAGES, LANG")
    func choosingTheLanguage() {
        #expect(MessageLanguage.choose(arguments: ["plansite", "check"], environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(MessageLanguage.choose(arguments: ["plansite", "check"], environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(MessageLanguage.choose(arguments: ["plansite"], environment: ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(MessageLanguage.choose(arguments: ["plansite"], environment: ["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "C"]) == .ja)
        #expect(MessageLanguage.choose(arguments: ["plansite", "check", "--lang", "ja"], environment: ["LANG": "C"]) == .ja)
        #expect(MessageLanguage.choose(arguments: ["plansite", "check", "--lang=en"], environment: ["LANG": "ja_JP.UTF-8"]) == .en)
        #expect(MessageLanguage.choose(arguments: ["plansite"], environment: [:]) == .en)
    }

    @Test("The preview banner speaks the report's language")
    func banner() {
        let diagnostic = Diagnostic(file: "Content/report.yml", position: SourcePosition(line: 3, column: 1), message: "title must not be blank")
        let japanese = PreviewResponder.banner(for: [diagnostic], lines: [nil], language: .ja)
        #expect(japanese.contains("lang=\"ja\"") && japanese.contains("最後の変更にエラーがあります") && japanese.contains("title が空白だけです"))
        let english = PreviewResponder.banner(for: [diagnostic], lines: [nil], language: .en)
        #expect(english.contains("The last change has errors") && english.contains("title must not be blank"))
        #expect(PreviewServer.language(ofReport: "title: T\nlanguage: en\n") == .en)
        #expect(PreviewServer.language(ofReport: "title: T\nlanguage: \"en\"  # English\n") == .en)
        #expect(PreviewServer.language(ofReport: "title: T\n") == .ja)
    }
}

/// Every message written in the sources has its entry: the first string literal given to each
/// way of making a message, its interpolations read as slots, must match an entry of the catalog.
@Suite("Messages in two languages: the sources")
struct MessageSourceTests {
    /// Where a message starts in the sources.
    static let makers = [
        "log.error(\"", "log.warning(\"", "log.note(\"", "message: \"", "Hint(message: \"",
        "Failure(description: \"", "throw .io(\"", "Terminal.error(\"", "Terminal.out(\"", "notes.append(\"",
    ]

    /// Messages that are not plansite's own words, or that are made of parts each in the catalog.
    static let exempt: Set<String> = [
        "X",  // an error's own description, passed on
        "YAML syntax error: X",  // libyaml's words follow; the prefix is in the catalog
        "X: X",  // a place and a message, both in the catalog
        "X: cannot read: X",  // generic: matched last
        "No problems foundX in X.",  // each of its two forms is in the catalog
        "X → X",  // a message and where it was written
        "  X | X",  // a line of the file, shown under its message
        "unknown X \"X\" — expected one of X (or X)",  // status, status_label or actor: each in the catalog
    ]

    /// The literal starting at `start` (just after its opening quote), interpolations as `X`.
    static func literal(_ text: [Character], from start: Int) -> String {
        var out = ""
        var i = start
        while i < text.count {
            let c = text[i]
            if c == "\"" { return out }
            if c == "\\", i + 1 < text.count {
                let next = text[i + 1]
                if next == "(" {
                    var depth = 1
                    i += 2
                    while i < text.count, depth > 0 {
                        if text[i] == "\"" {  // a string inside the interpolation
                            i += 1
                            while i < text.count, text[i] != "\"" { i += text[i] == "\\" ? 2 : 1 }
                        } else if text[i] == "(" {
                            depth += 1
                        } else if text[i] == ")" {
                            depth -= 1
                        }
                        i += 1
                    }
                    out += "X"
                    continue
                }
                out += next == "n" ? "\n" : next == "u" ? "" : String(next)
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func sourceMessages() throws -> [(file: String, message: String)] {
        let sources = TestSupport.repository.appendingPathComponent("Sources")
        var found: [(String, String)] = []
        for path in FileManager.default.subpaths(atPath: sources.path) ?? [] where path.hasSuffix(".swift") {
            guard !path.contains("Messages/"), !path.hasPrefix("ThemeEmbedder") else { continue }
            // A message whose literal starts on the next line is read as if it followed its maker.
            let string = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
                .replacingOccurrences(
                    of: #"(message:|\.error\(|\.warning\(|\.note\(|\.out\(|\.io\(|description:)\s*\n\s*""#,
                    with: "$1\"", options: .regularExpression
                )
                .replacingOccurrences(of: #"(message:|description:)""#, with: "$1 \"", options: .regularExpression)
            let text = Array(string)
            for maker in makers {
                var searchFrom = string.startIndex
                while let range = string[searchFrom...].range(of: maker) {
                    let offset = string.distance(from: string.startIndex, to: range.upperBound)
                    found.append((path, literal(text, from: offset)))
                    searchFrom = range.upperBound
                }
            }
        }
        return found
    }

    @Test("Every message in the sources has an entry in the catalog")
    func everySourceMessage() throws {
        let messages = try Self.sourceMessages()
        #expect(messages.count > 80)
        var missing: [String] = []
        for (file, message) in messages where !Self.exempt.contains(message) {
            if MessageCatalog.japanese(message) == nil { missing.append("\(file): \(message)") }
        }
        #expect(missing.isEmpty, "messages without an entry in MessageCatalogEntries.swift:\n\(missing.joined(separator: "\n"))")
    }
}
