import ArgumentParser
import Foundation
import NKCore

/// One-line messages on standard error, made safe for the terminal.
enum Diagnostics {
    static func warn(_ message: String) { write("nkreader: warning: " + message) }
    static func error(_ message: String) { write("nkreader: " + message) }

    /// After the output is written: files that could not be read (each named in its warning)
    /// make the exit status 1, so a script sees that the result is missing some articles.
    static func failIfUnread(_ count: Int) throws {
        guard count > 0 else { return }
        error(count == 1 ? "1 file could not be read (named above)" : "\(count) files could not be read (named above)")
        throw ExitCode(1)
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((Sanitizer.oneLine(line) + "\n").utf8))
    }
}

/// Writes to standard output straight from the string's storage: a large report is not copied.
enum Output {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { break }   // a closed pipe (`| head`) is not an error worth a trace
                offset += n
            }
        }
    }
}
