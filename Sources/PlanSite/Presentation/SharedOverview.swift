import Foundation

/// The overview's figures, made once per presenter and shared by `index.html` and `print.html`,
/// which both show them: making them walks every action (a fortieth of a build each time).
/// Whichever page asks first makes them while the other waits; a presenter's `year` is set
/// before any page is made, so the figures are those of its year.
final class SharedOverview: @unchecked Sendable {
    private let lock = NSLock()
    private var made: OverviewBody?

    func body(_ make: () -> OverviewBody) -> OverviewBody {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let body = make()
        made = body
        return body
    }
}
