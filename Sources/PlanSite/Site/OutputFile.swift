import Foundation

/// One file of the built site, by its path relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        case text(String)
        /// A file copied unchanged (an asset of `Content/assets/`).
        case copy(URL)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The bytes, reading a copied file if need be.
    public func data() throws -> Data {
        switch contents {
        case .bytes(let bytes): return Data(bytes)
        case .text(let text): return Data(text.utf8)
        case .copy(let url): return try Data(contentsOf: url)
        }
    }
}
