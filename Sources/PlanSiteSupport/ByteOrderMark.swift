/// The marks editors and Excel put before a file's text.
package enum ByteOrderMark {
    static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes after a UTF-8 byte order mark, or all of them when there is none.
    package static func droppingUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
        bytes.starts(with: utf8) ? bytes.dropFirst(3) : bytes[...]
    }

    package static func hasUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool { bytes.starts(with: utf8) }

    /// A UTF-16 mark, either byte order: a file saved as "Unicode text".
    package static func hasUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }
}
