/// Spreadsheet column names: A, B, …, Z, AA, AB, …, as Excel shows them above a sheet.
public enum ColumnLetters {
    /// The letters of column `number`, counted from 1 (`1` → `A`, `27` → `AA`).
    public static func name(_ number: Int) -> String {
        var n = number
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The number of a column written in letters (`"c"` or `"AA"`), or `nil` when `text` is not
    /// one to three letters A–Z.
    public static func number(_ text: String) -> Int? {
        let bytes = Array(text.uppercased().utf8)
        guard (1...3).contains(bytes.count), bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        return bytes.reduce(0) { $0 * 26 + Int($1 - 64) }
    }
}
