import Foundation

/// Swaps two paths in one step with Linux's `renameat2(RENAME_EXCHANGE)`, so that a reader of
/// either path finds a whole folder at every moment. Glibc does not show `renameat2` to Swift
/// (and `syscall` is variadic), so the function is looked up once by name.
enum FolderExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameExchange: UInt32 = 1 << 1

    private static let function: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    enum Outcome: Equatable {
        case exchanged
        /// The system or the file system cannot exchange (no `renameat2`, `EINVAL`, `ENOSYS`):
        /// the caller falls back to two renames.
        case unsupported
        case failed(Int32)
    }

    /// `PLANSITE_NO_RENAME_EXCHANGE=1` makes the exchange unsupported, to test the fallback.
    static let disabled = ProcessInfo.processInfo.environment["PLANSITE_NO_RENAME_EXCHANGE"] != nil

    static func exchange(_ first: String, _ second: String) -> Outcome {
        guard !disabled, let function else { return .unsupported }
        if function(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
    }
}
