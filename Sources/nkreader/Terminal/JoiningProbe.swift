import Foundation
import NKCore

/// Asks the terminal how it draws a skin-tone emoji and a ZWJ family: each is printed at the
/// start of the line and the cursor position read back (DSR 6), then the line is erased.
/// Terminals disagree (tmux 3.3 draws 👍🏽 in four columns, 👩‍👩‍👧 in two), and the screen
/// model must use the terminal's columns or everything right of such a glyph drifts. A terminal
/// that does not answer in time is taken to follow Unicode.
enum JoiningProbe {
    static let samples = ["\u{1F44D}\u{1F3FD}", "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}"]

    static func run(input: Int32, output: Int32, timeoutMilliseconds: Int32 = 300) -> ClusterJoining {
        guard isatty(input) != 0, isatty(output) != 0 else { return .unicode }
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return .unicode }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        defer { tcsetattr(input, TCSANOW, &saved) }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return .unicode }
        let query = samples.map { "\r" + $0 + "\u{1B}[6n" }.joined() + "\r\u{1B}[K"
        guard writeAll(output, Array(query.utf8)) else { return .unicode }
        let columns = readColumns(input, count: samples.count, timeoutMilliseconds: timeoutMilliseconds)
        guard columns.count == samples.count else { return .unicode }
        // The cursor is 1-based: a joined glyph two columns wide leaves it in column 3.
        return ClusterJoining(modifiers: columns[0] == 3, zwjSequences: columns[1] == 3)
    }

    /// Columns of up to `count` cursor reports (`ESC [ row ; col R`), other bytes skipped.
    private static func readColumns(_ fd: Int32, count: Int, timeoutMilliseconds: Int32) -> [Int] {
        let deadline = Date().addingTimeInterval(Double(timeoutMilliseconds) / 1000)
        var reply = CursorReplies()
        var byte: UInt8 = 0
        while reply.columns.count < count {
            let left = Int32(deadline.timeIntervalSinceNow * 1000)
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard left > 0, poll(&poller, 1, left) > 0, read(fd, &byte, 1) == 1 else { break }
            reply.feed(byte)
        }
        return reply.columns
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}

/// Parses cursor position reports byte by byte.
struct CursorReplies {
    private(set) var columns: [Int] = []
    private var state = 0   // 0 outside, 1 after ESC, 2 row, 3 column
    private var column = 0

    mutating func feed(_ b: UInt8) {
        switch (state, b) {
        case (_, 0x1B): state = 1
        case (1, UInt8(ascii: "[")): state = 2
        case (2, UInt8(ascii: "0")...UInt8(ascii: "9")): break
        case (2, UInt8(ascii: ";")): state = 3; column = 0
        case (3, UInt8(ascii: "0")...UInt8(ascii: "9")): column = min(10_000, column * 10 + Int(b - 48))
        case (3, UInt8(ascii: "R")): columns.append(column); state = 0
        default: state = 0
        }
    }
}
