import Dispatch
import Foundation

/// Work spread over every core, with results kept in index order so that output never depends
/// on which core finished first.
package enum Parallel {
    /// `body(0) … body(count - 1)`, run concurrently; the results in index order.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1, isEnabled else { return (0..<count).map(body) }
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(body(index), at: index)
        }
        return results.collect()
    }

    /// How many things to do at once: the cores, or 1 with `PLANSITE_THREADS=1`.
    package static var width: Int { isEnabled ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1 }

    /// A value made on a thread of its own while the caller goes on (at once, on the caller's
    /// thread, when `PLANSITE_THREADS=1`); `value` waits for it. A several-year build reads the
    /// next year this way while it writes the current one.
    package final class Pending<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: T?

        /// Hands `input` over to the work, which then holds its only copy (so that what the work
        /// lets go of, such as a file's bytes once parsed, is freed then, not when the work ends).
        package init<Input: Sendable>(handing input: consuming Input, _ work: @escaping @Sendable (consuming Input) -> T) {
            let handed = Handed(input)
            guard isEnabled else {
                result = work(handed.take())
                done.signal()
                return
            }
            let thread = Thread { [self] in
                self.result = work(handed.take())
                self.done.signal()
            }
            thread.stackSize = 8 << 20  // as the main thread's: a deeply nested report is read on it
            thread.start()
        }

        /// The value, once made.
        package var value: T {
            done.wait()
            defer { done.signal() }  // for the next call
            return result!
        }
    }

    /// A value taken out once, by the thread it was handed to.
    private final class Handed<Input>: @unchecked Sendable {
        private var input: Input?
        init(_ input: consuming Input) { self.input = input }
        func take() -> Input {
            defer { input = nil }
            return input!
        }
    }

    /// `PLANSITE_THREADS=1` builds on one core, for comparing with the parallel build.
    package static let isEnabled: Bool = {
        ProcessInfo.processInfo.environment["PLANSITE_THREADS"] != "1"
    }()

    /// Slots written by distinct indices only, so no two threads touch the same memory.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<T?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func store(_ value: T, at index: Int) { slots[index] = value }

        func collect() -> [T] { (0..<count).map { slots[$0]! } }
    }
}
