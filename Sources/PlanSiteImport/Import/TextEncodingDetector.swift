import Foundation
import PlanSiteCore
import PlanSiteSupport

/// Decodes the bytes of a spreadsheet export: what Excel saves as "CSV UTF-8" (with a BOM),
/// plain UTF-8 (LibreOffice, Google Sheets), or "CSV" on a Japanese Windows, which is Shift_JIS
/// as Microsoft extends it (CP932: ① ㈱ № 髙 ～ and the other NEC/IBM characters).
///
/// Valid UTF-8 is taken as UTF-8: Japanese text in CP932 is practically never valid UTF-8, so
/// the order of the two tries decides nothing in practice. Foundation's `.shiftJIS` decodes
/// CP932 on Linux too (`ImportTests` decodes ① ㈱ № 髙 ～ with it); glibc's iconv "SHIFT_JIS" would fail on ①.
public enum TextEncodingDetector {
    /// The encodings a spreadsheet export is read in.
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case shiftJIS = "Shift_JIS (CP932)"
    }

    /// Why a file could not be read as text, in words for its author.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The text of `bytes` (without a BOM) and the encoding it was found in.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        if ByteOrderMark.hasUTF16(bytes) || looksLikeUTF16(bytes) {
            throw Failure(
                description: "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\"")
        }
        if bytes.contains(0) {
            throw Failure(description: "the file contains NUL bytes and is not a text file; save the sheet as \"CSV UTF-8 (comma delimited)\"")
        }
        if ByteOrderMark.hasUTF8(bytes) {
            guard let text = String(validating: ByteOrderMark.droppingUTF8(bytes), as: UTF8.self) else {
                let position = EncodingDiagnosis.firstInvalidPosition(Array(ByteOrderMark.droppingUTF8(bytes)))
                throw Failure(
                    description:
                        "the file starts with a UTF-8 byte order mark but is not UTF-8 from line \(position.line) on; save it again as \"CSV UTF-8 (comma delimited)\""
                )
            }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if let text = String(data: Data(bytes), encoding: .shiftJIS) {
            return (text, .shiftJIS)
        }
        let position = EncodingDiagnosis.firstInvalidPosition(bytes)
        throw Failure(
            description:
                "the file is neither UTF-8 nor Shift_JIS (CP932) text (the first byte that is not UTF-8 is on line \(position.line)); save the sheet as \"CSV UTF-8 (comma delimited)\""
        )
    }

    /// UTF-16 without a byte order mark: every other byte of ASCII text is zero.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(200)
        guard sample.count >= 4 else { return false }
        let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let half = sample.count / 2
        return evenZeros * 10 >= half * 3 || oddZeros * 10 >= half * 3
    }
}
