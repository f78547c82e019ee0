import Foundation

/// A PDF, through `pdftotext -layout` from poppler-utils, run as a child process with a time
/// limit. Without pdftotext the file is skipped with one line saying what to install; a PDF's
/// bytes are never read as text.
public struct PDFReader: Sendable {
    /// The pdftotext to run, or nil when none is installed.
    public var executable: String?
    public var timeout: TimeInterval

    public init(executable: String? = PDFReader.findOnPath(), timeout: TimeInterval = 60) {
        self.executable = executable
        self.timeout = timeout
    }

    public static let missingMessage = "skipped: install poppler-utils to read PDFs (sudo apt-get install poppler-utils)"

    public static func findOnPath(_ name: String = "pdftotext") -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    func read(_ path: String) throws -> ReadDocument {
        guard let executable else { throw InputRefusal(PDFReader.missingMessage) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw InputRefusal("pdftotext could not be started (\(executable))") }
        // A damaged or hostile PDF must not hang the load: the child is killed at the time limit.
        let timedOut = TimeoutFlag()
        let watchdog = DispatchWorkItem { [process] in
            if process.isRunning { timedOut.set(); process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        if timedOut.isSet { throw InputRefusal("pdftotext took longer than \(Int(timeout)) s; skipped") }
        guard process.terminationStatus == 0 else {
            throw InputRefusal("pdftotext could not read it (exit status \(process.terminationStatus)); damaged or encrypted PDF?")
        }
        let decoded = TextDecoding.decode(Array(data))
        let text = PlainText.withoutControls(decoded.text)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputRefusal("no text in this PDF (a scan without a text layer?)")
        }
        return ReadDocument(text: text, warning: decoded.warning)
    }
}

/// Set once from the watchdog's thread, read after the child has exited.
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
