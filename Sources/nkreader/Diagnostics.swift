import Foundation
import NKCore

/// One-line messages on standard error, made safe for the terminal.
enum Diagnostics {
    static func warn(_ message: String) { write("nkreader: warning: " + message) }
    static func error(_ message: String) { write("nkreader: " + message) }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((Sanitizer.oneLine(line) + "\n").utf8))
    }
}

/// Writes to standard output without buffering surprises on large reports.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
