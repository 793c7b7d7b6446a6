/// The language messages are printed in: Japanese when asked for (`--lang ja`) or when the
/// locale says so (`LC_ALL`, else `LC_MESSAGES`, else `LANG` starting with `ja`), English otherwise.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case en
    case ja

    /// `--lang ja`, `--lang=en` among `arguments` first; then the locale of `environment`.
    public static func choose(arguments: [String], environment: [String: String]) -> MessageLanguage {
        for (i, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", i + 1 < arguments.count { value = arguments[i + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value, let language = MessageLanguage(rawValue: value.lowercased().prefix(2).description) { return language }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.hasPrefix("ja") ? .ja : .en
        }
        return .en
    }
}

extension Diagnostic {
    /// The diagnostic's line in `language`: the place as it is, the message translated.
    public func line(in language: MessageLanguage) -> String {
        guard language == .ja else { return line }
        let kind = severity == .warning ? "警告: " : severity == .note ? "注記: " : ""
        return "\(file):\(position.line):\(position.column): \(kind)\(MessageCatalog.localized(message, language))"
    }

    /// The diagnostic with its consequences, in `language`.
    public func description(in language: MessageLanguage) -> String {
        ([line(in: language)] + consequences.map { "  ↳ \($0.line(in: language))" }).joined(separator: "\n")
    }
}
