import Foundation

extension ReportValidator {
    /// An action's actor and status as the author may write them: the key (`done`, `city`), the
    /// label (`実施`, `市が主体`) or the sign (`○`, `●`). What names exactly one definition is
    /// read as its key, with a note giving the key form; what names several is an error listing
    /// them; what names none is the "unknown" error of `checkReferences`.
    static func resolveReferences(
        _ action: inout Action, actors: [ActorDefinition], statuses: [StatusDefinition],
        _ log: DiagnosticLog
    ) {
        var checked = action
        // A key as written (nearly every action) needs nothing resolved: checked without the lists.
        if let actor = action.actor, !actors.contains(where: { $0.key.value == actor.value }) {
            let keys = actors.map(\.key.value)
            switch resolve(actor.value, keys: keys, names: actors.map { [$0.label.value, $0.mark.value] }) {
            case .key, .unknown: break
            case .one(let key):
                log.note(
                    "actor \"\(actor.value)\" is read as \"\(key)\" (\(describe(actors.first { $0.key.value == key }!))); \"actor: \(key)\" says the same",
                    at: actor.position)
                action.actor = Located(key, at: actor.position)
                checked.actor = action.actor
            case .several(let found):
                log.error(
                    "actor \"\(actor.value)\" could be any of \(found.joined(separator: ", ")); write one of these keys",
                    at: actor.position)
                checked.actor = nil
            }
        }
        let status = action.status
        if !status.value.isEmpty, !statuses.contains(where: { $0.key.value == status.value }) {
            let keys = statuses.map(\.key.value)
            switch resolve(status.value, keys: keys, names: statuses.map { [$0.label.value, $0.symbol?.value ?? ""] }) {
            case .key, .unknown: break
            case .one(let key):
                log.note("status \"\(status.value)\" is read as \"\(key)\"; \"status: \(key)\" says the same", at: status.position)
                action.status = Located(key, at: status.position)
                checked.status = action.status
            case .several(let found):
                log.error(
                    "status \"\(status.value)\" could be any of \(found.joined(separator: ", ")); write one of these keys",
                    at: status.position)
                checked.status = Located("", at: status.position)
            }
        }
        checkReferences(checked, actorKeys: actors.map(\.key.value), statusKeys: statuses.map(\.key.value), log)
    }

    enum Resolution: Equatable {
        case key
        case one(String)
        case several([String])
        case unknown
    }

    /// `names[i]` are the other ways of writing `keys[i]`; blank names never match.
    static func resolve(_ written: String, keys: [String], names: [[String]]) -> Resolution {
        if keys.contains(written) { return .key }
        let text = written.trimmingPrefix { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        // Full-width letters and digits (ｄｏｎｅ) are the key typed with the Japanese input on.
        let word = String(text).precomposedStringWithCompatibilityMapping
        if keys.contains(word) { return .one(word) }
        let found = keys.indices.filter { i in
            names[i].contains { !$0.isEmpty && ($0 == word || $0.precomposedStringWithCompatibilityMapping == word) }
        }.map { keys[$0] }
        switch found.count {
        case 0: return .unknown
        case 1: return .one(found[0])
        default: return .several(found)
        }
    }

    private static func describe(_ actor: ActorDefinition) -> String {
        actor.mark.value.isEmpty ? actor.label.value : "\(actor.mark.value) \(actor.label.value)"
    }
}
