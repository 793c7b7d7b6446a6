import Foundation

extension ProjectReader {
    /// The preview's cache of file contents, for the reads made inside `$files.withValue(cache) { … }`;
    /// `build` reads without one.
    @TaskLocal public static var files: FileReadCache?

    static func contents(of url: URL) throws -> [UInt8] {
        if let files { return try files.bytes(of: url) }
        return Array(try Data(contentsOf: url))
    }
}
