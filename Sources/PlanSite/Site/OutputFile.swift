import Foundation
import PlanSiteSupport

/// One file of the built site, by its path relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        case text(String)
        /// A file copied unchanged (an asset of `Content/assets/`).
        case copy(URL)
        /// Bytes made when the file is written, straight into it: pages are rendered as they are
        /// written, so a big report is never held in memory as a whole site.
        case stream(@Sendable (ByteSink) -> Void)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The bytes, reading a copied file or running a producer if need be.
    public func data() throws -> Data {
        switch contents {
        case .bytes(let bytes): return Data(bytes)
        case .text(let text): return Data(text.utf8)
        case .copy(let url): return try Data(contentsOf: url)
        case .stream(let produce):
            let sink = ByteSink()
            produce(sink)
            return Data(sink.collected)
        }
    }
}
