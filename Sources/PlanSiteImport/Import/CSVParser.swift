import PlanSiteCore

/// Splits CSV text into rows of cells, as RFC 4180 describes and as Excel writes it: cells
/// separated by commas, rows ended by CRLF, LF or a lone CR, and cells in double quotes when they
/// hold a comma, a quote (doubled) or line breaks.
///
/// A CRLF line break inside a quoted cell is kept as LF, since a cell's text goes on into YAML,
/// where a line break is always LF. Rows are counted as a spreadsheet numbers
/// them (a cell with line breaks is still one row), so an error can say "row 12".
public enum CSVParser {
    /// The rows of `text`; a problem with the quoting is reported at its row and column and the
    /// parse goes on, so that one run shows every problem.
    public static func parse(_ text: String, file: String) -> (rows: [[String]], diagnostics: [Diagnostic]) {
        let bytes = Array(text.utf8)
        var rows: [[String]] = []
        var diagnostics: [Diagnostic] = []
        var row: [String] = []
        var cell: [UInt8] = []
        var i = 0
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")

        func endCell() {
            row.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endCell()
            rows.append(row)
            row.removeAll(keepingCapacity: true)
        }
        func problem(_ message: String, row: Int, column: Int) {
            diagnostics.append(Diagnostic(file: file, position: SourcePosition(line: row, column: column), message: message))
        }

        // The loop is at the start of a cell each time round.
        while i < bytes.count {
            let rowNumber = rows.count + 1
            let columnNumber = row.count + 1
            if bytes[i] == quote {
                // A quoted cell: up to the quote that is not doubled.
                i += 1
                var closed = false
                while i < bytes.count {
                    let byte = bytes[i]
                    if byte == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote {
                            cell.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if byte == cr, i + 1 < bytes.count, bytes[i + 1] == lf {
                        // CRLF inside a cell is one line break; a lone CR is kept as written.
                        cell.append(lf)
                        i += 2
                        continue
                    }
                    cell.append(byte)
                    i += 1
                }
                if !closed {
                    problem(
                        "this cell opens a quote (\") that is never closed; a quote inside a cell must be doubled (\"\")",
                        row: rowNumber, column: columnNumber)
                    endRow()
                    return (rows, diagnostics)
                }
                // After the closing quote only a comma or the end of the row may follow.
                if i < bytes.count, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf {
                    problem(
                        "text after the closing quote of a quoted cell; a quote inside a cell must be doubled (\"\")",
                        row: rowNumber, column: columnNumber)
                    while i < bytes.count, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf {
                        cell.append(bytes[i])
                        i += 1
                    }
                }
            } else {
                // An unquoted cell: up to the next comma or line break. A quote inside it is
                // taken as written, as Excel does.
                while i < bytes.count, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf {
                    cell.append(bytes[i])
                    i += 1
                }
            }
            if i >= bytes.count {
                endRow()
                return (rows, diagnostics)
            }
            switch bytes[i] {
            case comma:
                endCell()
                i += 1
                // A comma at the very end of the file still opens one more (empty) cell.
                if i == bytes.count { endRow() }
            case cr:
                endRow()
                i += (i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
            default:
                endRow()
                i += 1
            }
        }
        return (rows, diagnostics)
    }
}
