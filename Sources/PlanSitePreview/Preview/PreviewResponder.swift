import Foundation
import PlanSite
import PlanSiteCore
import PlanSiteSupport

/// Answers preview requests from the site in memory: `/` and folders serve their `index.html`,
/// missing files the site's `404.html`, and HTML pages get the live-reload script (and, while
/// the content has errors, a banner listing them). Each page is rendered as it is asked for.
public struct PreviewResponder: Sendable {
    public init() {}

    public struct Response: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: [UInt8]
    }

    public static let scriptPath = "/__plansite/live.js"
    public static let stylePath = "/__plansite/preview.css"
    public static let eventsPath = "/__plansite/events"

    /// Reloads the page when the server says the site was rebuilt. EventSource reconnects by itself.
    public static let script = """
        (function () {
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function () { location.reload(); });
        })();

        """

    public static let style = """
        .plansite-preview-errors { position: relative; z-index: 100; margin: 0; padding: 1rem; background: #fff0f0;
          color: #5f0000; border-bottom: 4px solid #c00000; font: 15px/1.6 monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
        .plansite-preview-errors h2 { font: bold 16px/1.4 sans-serif; margin: 0 0 0.5rem; border: 0; }
        .plansite-preview-errors ol { margin: 0; padding-left: 1.5rem; }
        .plansite-preview-errors li { margin-bottom: 0.75rem; }
        .plansite-preview-errors code { display: block; color: #1a1a1c; background: #fff; padding: 0.25rem 0.5rem; }

        """

    /// The response for a GET of `requestPath` from `site` (`nil` before any build succeeded);
    /// `banner` is HTML to show above every page.
    public func respond(to requestPath: String, site: PreviewSite?, banner: String?) -> Response {
        guard let site else {
            guard let banner else { return Self.notFound }
            let page =
                "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>plansite</title>\n</head>\n<body>\n</body>\n</html>\n"
            return Response(status: 200, contentType: Self.contentType(forExtension: "html"), body: Self.inject(Array(page.utf8), banner: banner))
        }
        var status = 200
        var path = site.path(for: requestPath)
        if path == nil {
            status = 404
            path = site.path(for: "/404.html")
        }
        guard let path, let file = site.file(at: path), let data = try? file.data() else { return Self.notFound }
        let type = Self.contentType(forExtension: (path as NSString).pathExtension)
        guard type.hasPrefix("text/html") else { return Response(status: status, contentType: type, body: Array(data)) }
        return Response(status: status, contentType: type, body: Self.inject(Array(data), banner: banner))
    }

    static let notFound = Response(status: 404, contentType: "text/plain; charset=utf-8", body: Array("404 Not Found\n".utf8))

    /// Adds the reload script and preview style to a page, allows that one script in its
    /// Content-Security-Policy, and puts `banner` at the top of the body.
    public static func inject(_ html: String, banner: String?) -> String {
        String(decoding: inject(Array(html.utf8), banner: banner), as: UTF8.self)
    }

    /// The same on the page's bytes: a search of a few bytes, where Foundation's string search
    /// took 0.4 s on a page of 3 MB.
    public static func inject(_ html: [UInt8], banner: String?) -> [UInt8] {
        var page = html
        // 'none' and 'self' have the same length: changed in place.
        // Found by its quote, which is rare in a page (text escapes it).
        let none = Array("'none'".utf8)
        let directive = Array("script-src ".utf8)
        var from = 0
        while let at = find(none, in: page, from: from) {
            if at >= directive.count, page[(at - directive.count)..<at].elementsEqual(directive) {
                page.replaceSubrange((at + 1)..<(at + 5), with: "self".utf8)
            }
            from = at + none.count
        }
        let head = Array("<link rel=\"stylesheet\" href=\"\(stylePath)\">\n<script src=\"\(scriptPath)\" defer></script>\n".utf8)
        if let at = find(Array("</head>".utf8), in: page, from: 0) {
            page.insert(contentsOf: head, at: at)
        } else {
            page.insert(contentsOf: head, at: 0)
        }
        if let banner {
            if let body = find(Array("<body".utf8), in: page, from: 0), let end = find([UInt8(ascii: ">")], in: page, from: body + 5) {
                page.insert(contentsOf: Array(("\n" + banner).utf8), at: end + 1)
            } else {
                page.insert(contentsOf: Array(banner.utf8), at: 0)
            }
        }
        return page
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard from < haystack.count, !needle.isEmpty else { return nil }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                var start = from
                while start + n.count <= h.count, let hit = memchr(h.baseAddress! + start, Int32(n[0]), h.count - start) {
                    let at = h.baseAddress!.distance(to: UnsafeRawPointer(hit))
                    if at + n.count <= h.count, memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
    }

    /// The banner for a failed build: every diagnostic with the line it points at.
    public static func banner(for diagnostics: [Diagnostic], lines: [String?], language: MessageLanguage = .en) -> String {
        let heading =
            language == .ja
            ? "最後の変更にエラーがあります。表示しているのは最後に正しく作れたサイトです。"
            : "The last change has errors; this is the last good build."
        var html = "<section class=\"plansite-preview-errors\" role=\"alert\" lang=\"\(language.rawValue)\"><h2>\(heading)</h2><ol>"
        for (diagnostic, line) in zip(diagnostics, lines) {
            html += "<li>" + MarkupEscaping.escape(diagnostic.description(in: language))
            if let line { html += "<code>\(diagnostic.position.line) | " + MarkupEscaping.escape(line) + "</code>" }
            html += "</li>"
        }
        return html + "</ol></section>"
    }

    public static func contentType(forExtension ext: String) -> String {
        switch ext.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
