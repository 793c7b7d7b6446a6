import Foundation

/// Explains why a file is not UTF-8, and where the first byte that is not UTF-8 sits.
package enum EncodingDiagnosis {
    package static func describe(_ bytes: [UInt8]) -> String {
        if String(data: Data(bytes), encoding: .shiftJIS) != nil {
            return
                "the file is not UTF-8: it looks like Shift_JIS (CP932), as Excel and older editors save it; save it again as UTF-8 (in Excel: CSV UTF-8; in an editor: encoding UTF-8)"
        }
        return "the file is not UTF-8 text; save it as UTF-8"
    }

    /// Line and column (in characters) of a byte offset in UTF-8 text.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let prefix = bytes.prefix(max(0, min(offset, bytes.count)))
        var line = 1
        var lineStart = prefix.startIndex
        for i in prefix.indices where prefix[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column)
    }

    /// Line and column (in characters) of the first invalid UTF-8 byte.
    package static func firstInvalidPosition(_ bytes: [UInt8]) -> SourcePosition {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
