import FlyingSocks
import Foundation

/// One browser connection to the preview: a small HTTP/1.1 exchange over FlyingSocks' async
/// sockets. GET and HEAD only; one request per connection (`Connection: close`), which is all a
/// preview needs. The event stream stays open until the page goes away.
///
/// FlyingFox's HTTP layer would do this too, but its module imports FoundationNetworking (for its
/// proxy handler), which loads libcurl, GnuTLS and Kerberos into every run of plansite: about
/// 11 ms more start-up for every `build`, measured. FlyingSocks, its socket layer, does not.
struct PreviewConnection: Sendable {
    let responder: PreviewResponder
    let state: PreviewState
    let reload: LiveReload

    func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        guard let request = try? await readHead(client) else { return }
        let parts = request.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2 else {
            try? await send(client, status: "400 Bad Request", type: "text/plain; charset=utf-8", body: Array("bad request\n".utf8))
            return
        }
        let method = parts[0]
        let path = String(parts[1])
        guard method == "GET" || method == "HEAD" else {
            try? await send(client, status: "405 Method Not Allowed", type: "text/plain; charset=utf-8", body: Array("GET only\n".utf8))
            return
        }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        switch bare {
        case PreviewResponder.eventsPath:
            await streamEvents(client)
        case PreviewResponder.scriptPath:
            try? await send(
                client, status: "200 OK", type: "text/javascript; charset=utf-8", body: Array(PreviewResponder.script.utf8),
                head: method == "HEAD")
        case PreviewResponder.stylePath:
            try? await send(
                client, status: "200 OK", type: "text/css; charset=utf-8", body: Array(PreviewResponder.style.utf8),
                head: method == "HEAD")
        default:
            let (site, banner) = await state.current
            let response = responder.respond(to: path, site: site, banner: banner)
            try? await send(
                client, status: response.status == 200 ? "200 OK" : "404 Not Found", type: response.contentType,
                body: response.body, head: method == "HEAD")
        }
    }

    /// The request line of the request head (which ends at an empty line; at most 64 KiB).
    private func readHead(_ client: AsyncSocket) async throws -> String? {
        var head: [UInt8] = []
        while head.count < 65_536 {
            let chunk = try await client.read(atMost: 4096)
            if chunk.isEmpty { return nil }
            head += chunk
            if let end = head.firstRange(of: [13, 10, 13, 10]) ?? head.firstRange(of: [10, 10]) {
                let text = String(decoding: head[..<end.lowerBound], as: UTF8.self)
                return text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).first.map(String.init)
            }
        }
        return nil
    }

    private func send(_ client: AsyncSocket, status: String, type: String, body: [UInt8], head: Bool = false) async throws {
        var response = Array(
            "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"
                .utf8)
        if !head { response += body }
        try await client.write(Data(response))
    }

    /// Server-Sent Events: a reload event after every rebuild, a comment every 15 s.
    private func streamEvents(_ client: AsyncSocket) async {
        let headers = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n"
        guard (try? await client.write(Data(headers.utf8))) != nil else { return }
        let events = await reload.subscribe()
        for await event in events {
            guard (try? await client.write(Data(event.utf8))) != nil else { break }
        }
    }
}
