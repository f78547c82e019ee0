import ArgumentParser
import Foundation
import NKCore

/// Where the bundled articles are: `./seeds` when present, else the copy `make install` put
/// under `PREFIX/share/nkreader/seeds` beside the binary's `bin/`.
enum BundledCorpus {
    static func folder() throws -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: "seeds") { return "seeds" }
        var candidates: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let prefix = ((exe as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            candidates.append((prefix as NSString).appendingPathComponent("share/nkreader/seeds"))
        }
        candidates.append("/usr/local/share/nkreader/seeds")
        if let found = candidates.first(where: { fm.fileExists(atPath: $0) }) { return found }
        Diagnostics.error("no PATH given and no bundled articles found (looked in ./seeds and \(candidates.joined(separator: ", ")))")
        throw ExitCode(2)
    }
}
