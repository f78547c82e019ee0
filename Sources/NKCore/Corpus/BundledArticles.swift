import Foundation

/// Where the articles nkreader ships with are, found from the binary's own place and never from
/// the working folder: an installed binary reads the copy `make install` put beside it, whatever
/// `./seeds` a folder happens to hold; a binary built in the source tree reads the tree's.
public enum BundledArticles {
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var looked: [String]
        public var description: String {
            "no PATH given and no bundled articles found (looked in \(looked.joined(separator: ", "))); give a file or folder of articles"
        }
    }

    /// How many folders above the binary a source tree may be (.build/x86_64-…/release/nkreader).
    static let buildDepth = 5

    /// `executable`: the binary's resolved path, if known. `exists` says whether a path exists.
    public static func locate(executable: String?, exists: (String) -> Bool) -> Result<String, NotFound> {
        guard let executable, executable.hasPrefix("/") else { return .failure(NotFound(looked: ["(the binary's place is unknown)"])) }
        var looked: [String] = []
        let bin = (executable as NSString).deletingLastPathComponent
        // PREFIX/bin/nkreader → PREFIX/share/nkreader/seeds
        let installed = ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/nkreader/seeds")
        looked.append(installed)
        if exists(installed) { return .success(installed) }
        // A build in the source tree: the folder above it with Package.swift and seeds/.
        var folder = bin
        for _ in 0..<buildDepth {
            folder = (folder as NSString).deletingLastPathComponent
            guard folder != "/" && !folder.isEmpty else { break }
            let seeds = (folder as NSString).appendingPathComponent("seeds")
            if exists((folder as NSString).appendingPathComponent("Package.swift")) && exists(seeds) { return .success(seeds) }
        }
        looked.append("the source tree above \(bin)")
        return .failure(NotFound(looked: looked))
    }
}
