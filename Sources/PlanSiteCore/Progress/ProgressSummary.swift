/// How far a set of actions got: counts by status and the weighted progress.
///
/// Progress = sum of status weights / number of counted actions. Actions whose status has
/// no weight (`null`) are counted by status but left out of both sums.
public struct ProgressSummary: Sendable, Equatable {
    /// Actions per status key, for every status of the report (zero included), in report order.
    public private(set) var counts: [(key: String, count: Int)]
    public private(set) var total = 0
    /// Actions that count towards progress (their status has a weight).
    public private(set) var counted = 0
    public private(set) var weightSum = 0.0

    public init(statuses: [StatusDefinition]) {
        counts = statuses.map { ($0.key.value, 0) }
    }

    public init(actions: some Sequence<Action>, statuses: [StatusDefinition]) {
        self.init(statuses: statuses)
        let index = StatusIndex(statuses)
        for action in actions { add(statusKey: action.status.value, index: index) }
    }

    package mutating func add(statusKey: String, index: StatusIndex) {
        guard let i = index.position[statusKey] else { return }
        total += 1
        counts[i].count += 1
        if let weight = index.weights[i] {
            counted += 1
            weightSum += weight
        }
    }

    /// The whole percent, rounded half up (5/8 → 63), or `nil` when no action counts.
    public var percent: Int? {
        guard counted > 0 else { return nil }
        return Self.roundedPercent(weightSum, of: counted)
    }

    /// `floor(x + 0.5)` with a guard against binary fractions just below the half (0.725 * 100).
    public static func roundedPercent(_ sum: Double, of count: Int) -> Int {
        let exact = sum * 100 / Double(count)
        return Int((exact + 0.5 + 1e-9).rounded(.down))
    }

    public func count(of key: String) -> Int {
        counts.first { $0.key == key }?.count ?? 0
    }

    public static func == (a: ProgressSummary, b: ProgressSummary) -> Bool {
        a.total == b.total && a.counted == b.counted && a.weightSum == b.weightSum
            && a.counts.map(\.key) == b.counts.map(\.key) && a.counts.map(\.count) == b.counts.map(\.count)
    }
}

/// Status lookups by key, built once per report.
package struct StatusIndex {
    package let position: [String: Int]
    package let weights: [Double?]

    package init(_ statuses: [StatusDefinition]) {
        var position: [String: Int] = [:]
        for (i, s) in statuses.enumerated() where position[s.key.value] == nil { position[s.key.value] = i }
        self.position = position
        weights = statuses.map(\.weight.value)
    }
}
