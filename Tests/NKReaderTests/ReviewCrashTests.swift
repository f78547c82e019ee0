import Foundation
import NKCore
import Testing

/// A `rename` that, in the reader, stops before replacing the review file: it writes the
/// temporary file's name to a marker file and waits to be killed. Loaded with LD_PRELOAD, so
/// that the binary under test is the one users run.
let pauseBeforeRename = """
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int rename(const char *from, const char *to) {
    const char *marker = getenv("NK_PAUSE_MARKER");
    if (marker && strstr(to, "nkreader-review.json")) {
        int fd = open(marker, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) { write(fd, from, strlen(from)); close(fd); }
        for (;;) pause();
    }
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    return real(from, to);
}
"""

/// The C compiler for the shim: $CC, else cc or clang on PATH, else the clang beside the Swift
/// toolchain's `swift`. SwiftPM compiles nkreader's own C target with that clang, so wherever
/// `swift build` works there is one, even on a machine with no gcc and no clang of its own.
let cCompiler: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let cc = environment["CC"], !cc.isEmpty {
        return cc.contains("/") ? cc : Tmux.find(cc)
    }
    if let found = Tmux.find("cc") ?? Tmux.find("clang") { return found }
    for driver in ["swift", "swiftc"] {
        guard let path = Tmux.find(driver) else { continue }
        let clang = URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("clang").path
        if FileManager.default.isExecutableFile(atPath: clang) { return clang }
    }
    return nil
}()

struct ReviewCrashTests {
    /// The reader is killed (SIGKILL) after writing the new review file and before renaming it
    /// over the old one: the old file is intact and still reads.
    @Test(.enabled(if: endToEndRequired || (Tmux.available && readerBinary != nil && cCompiler != nil),
                   "needs tmux, a C compiler and a built nkreader"))
    func aReaderKilledMidSaveLeavesTheOldFile() throws {
        let binary = try #require(readerBinary)
        let compiler = try #require(cCompiler, "no C compiler for the rename shim: none in $CC, no cc or clang on PATH, no clang beside swift")
        let folder = try seedCopy("crash")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try pauseBeforeRename.write(toFile: folder + "/.pause.c", atomically: true, encoding: .utf8)
        let build = try runBinary(compiler, ["-shared", "-fPIC", "-o", folder + "/.pause.so", folder + "/.pause.c", "-ldl"])
        #expect(build.status == 0, "\(build.err)")

        // The file as it was: one verdict given earlier.
        let store = ReviewFileStore(path: folder + "/nkreader-review.json")
        try store.save(Array(seedReview([3: (.followUp, "earlier note")]).entries.values))
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))

        let marker = folder + "/.renaming"
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.run(["new-session", "-d", "-s", "nk", "-x", "160", "-y", "40",
                  "env LD_PRELOAD='\(folder)/.pause.so' NK_PAUSE_MARKER='\(marker)' TERM=xterm-256color LANG=C.UTF-8 '\(binary)' '\(folder)' & echo $! > '\(folder)/.pid'; wait; sleep 30"])
        tmux.wait("the reader") { $0.contains("4 contradictions in 2 measures (1 follow up)") }
        tmux.send("n", "x")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: marker) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let temporary = try String(contentsOfFile: marker, encoding: .utf8)
        // Stopped between the two steps: the new content is whole in the temporary file…
        let written = try ReviewFile.decode(Data(contentsOf: URL(fileURLWithPath: temporary)))
        #expect(written.entries.count == 2)
        #expect((temporary as NSString).deletingLastPathComponent == folder)
        // …and the reader dies there.
        let pid = try #require(Int32(try String(contentsOfFile: folder + "/.pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGKILL) == 0)
        // Gone once its shell has reaped it.
        let gone = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < gone { Thread.sleep(forTimeInterval: 0.05) }
        #expect(kill(pid, 0) != 0, "the reader was killed")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        let after = try store.load()
        #expect(after.entries.count == 1 && after.entries.values.first?.note == "earlier note")
        // The next save works and clears what the dead writer left; the articles' folder still
        // reads as before.
        #expect(FileManager.default.fileExists(atPath: temporary))
        try store.save(Array(written.entries.values))
        #expect(try store.load().entries.count == 2)
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(try CorpusLoader().load([folder]).articles.count == 5)
    }
}
