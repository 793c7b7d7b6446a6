/// The open pages of a preview, each an event stream; a rebuild is announced to all of them.
public actor LiveReload {
    private var clients: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    public init() {}

    /// A stream of Server-Sent Events for one page.
    public func subscribe() -> AsyncStream<String> {
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        clients[id] = continuation
        continuation.yield(": connected\n\n")
        return stream
    }

    private func remove(_ id: Int) {
        clients[id] = nil
    }

    /// Tells every open page to reload.
    public func reload() {
        for continuation in clients.values { continuation.yield("event: reload\ndata: \n\n") }
    }

    /// A comment line, so that closed connections are noticed and dropped.
    public func ping() {
        for continuation in clients.values { continuation.yield(": ping\n\n") }
    }

    public var count: Int { clients.count }
}
