/// What changed in a year compared with the year before, action by action (by id).
///
/// An action is *improved* when its status weighs more than the year before, *worse* when less,
/// *new* when the year before had no action with its id and *ended* when this year has none.
/// Statuses without a weight (`null`) are not compared. Both reports must be validated (every
/// action has its id).
public struct YearComparison: Sendable {
    public enum Change: String, Sendable, CaseIterable {
        case improved, worse, new, ended
    }

    public struct Entry: Sendable, Equatable {
        public var change: Change
        public var actionID: String
        /// The action's title in the year it was last seen (this year, or the year before for ended).
        public var title: String
        public var policyID: String
        /// Status keys before and after (`nil` where the action is absent).
        public var before: String?
        public var after: String?
    }

    public var entries: [Entry]

    public init(previous: Report, current: Report) {
        let oldWeights = StatusIndex(previous.statuses)
        let newWeights = StatusIndex(current.statuses)
        var before: [String: Action] = [:]
        for policy in previous.policies { for action in policy.actions { before[action.id?.value ?? ""] = action } }
        var seen: Set<String> = []
        var entries: [Entry] = []
        for policy in current.policies {
            for action in policy.actions {
                let id = action.id?.value ?? ""
                seen.insert(id)
                guard let old = before[id] else {
                    entries.append(
                        Entry(
                            change: .new, actionID: id, title: action.title.value, policyID: policy.id.value,
                            before: nil, after: action.status.value))
                    continue
                }
                guard let w0 = oldWeights.position[old.status.value].flatMap({ oldWeights.weights[$0] }),
                    let w1 = newWeights.position[action.status.value].flatMap({ newWeights.weights[$0] }), w0 != w1
                else { continue }
                entries.append(
                    Entry(
                        change: w1 > w0 ? .improved : .worse, actionID: id, title: action.title.value,
                        policyID: policy.id.value, before: old.status.value, after: action.status.value))
            }
        }
        for policy in previous.policies {
            for action in policy.actions where !seen.contains(action.id?.value ?? "") {
                entries.append(
                    Entry(
                        change: .ended, actionID: action.id?.value ?? "", title: action.title.value,
                        policyID: policy.id.value, before: action.status.value, after: nil))
            }
        }
        self.entries = entries
    }

    /// The entries of one kind, in report order.
    public func entries(_ change: Change) -> [Entry] { entries.filter { $0.change == change } }
}
