import Foundation

/// A PDF, through `pdftotext -layout` from poppler-utils, run as a child process with a time
/// limit; its title, author and date from `pdfinfo`, of the same package, when it is there.
/// Without pdftotext the file is skipped with one line saying what to install; a PDF's bytes
/// are never read as text.
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
        let data: Data
        switch run(executable, ["-layout", "-enc", "UTF-8", "-q", path, "-"]) {
        case .notStarted: throw InputRefusal("pdftotext could not be started (\(executable))")
        case .timedOut: throw InputRefusal("pdftotext took longer than \(Int(timeout)) s; skipped")
        case .exited(let status, _) where status != 0:
            throw InputRefusal("pdftotext could not read it (exit status \(status)); damaged or encrypted PDF?")
        case .exited(_, let output): data = output
        }
        let decoded = TextDecoding.decode(Array(data))
        let text = PlainText.withoutControls(decoded.text)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputRefusal("no text in this PDF (a scan without a text layer?)")
        }
        return ReadDocument(text: text, metadata: info(path, beside: executable), warning: decoded.warning)
    }

    /// Title, author and creation date from the pdfinfo beside pdftotext; nothing when it is
    /// missing or fails: the text is what matters.
    private func info(_ path: String, beside executable: String) -> ArticleMetadata {
        let pdfinfo = (executable as NSString).deletingLastPathComponent + "/pdfinfo"
        guard FileManager.default.isExecutableFile(atPath: pdfinfo),
              case .exited(0, let output) = run(pdfinfo, ["-isodates", "-enc", "UTF-8", path]) else { return ArticleMetadata() }
        return PDFInfo.metadata(String(decoding: output, as: UTF8.self))
    }

    private enum Outcome { case notStarted, timedOut, exited(Int32, Data) }

    /// Runs a poppler tool; a damaged or hostile PDF must not hang the load: the child is killed
    /// at the time limit.
    private func run(_ executable: String, _ arguments: [String]) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .notStarted }
        let timedOut = TimeoutFlag()
        let watchdog = DispatchWorkItem { [process] in
            if process.isRunning { timedOut.set(); process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return timedOut.isSet ? .timedOut : .exited(process.terminationStatus, data)
    }
}

/// What `pdfinfo -isodates` prints of a PDF's document information.
enum PDFInfo {
    static func metadata(_ report: String) -> ArticleMetadata {
        var fields: [String: String] = [:]
        for line in report.split(separator: "\n").prefix(40) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            if fields[key] == nil { fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        let m = ArticleMetadata(title: fields["Title"].flatMap { isFileName($0) ? nil : $0 }, author: fields["Author"],
                                date: fields["CreationDate"].flatMap(HTMLMetadata.isoDate))
        return HTMLMetadata.clean(m)
    }

    /// "Microsoft Word - report.docx", "untitled", "draft3.indd": what a tool wrote, not a title.
    static func isFileName(_ title: String) -> Bool {
        let lower = title.lowercased()
        if lower.hasPrefix("microsoft word - ") || lower == "untitled" || lower.hasPrefix("untitled-") { return true }
        let ext = (lower as NSString).pathExtension
        return ["doc", "docx", "pdf", "indd", "odt", "rtf", "txt", "ps", "tex"].contains(ext)
    }
}

/// Set once from the watchdog's thread, read after the child has exited.
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
