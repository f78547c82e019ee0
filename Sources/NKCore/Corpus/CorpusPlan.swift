/// The files a corpus is made of, in reading order, with their article ids: what
/// `CorpusLoader.plan` finds before reading any of them.
public struct CorpusPlan: Sendable {
    /// File paths ("-" for standard input), in the order their articles are read.
    public let paths: [String]
    /// The article id of each path.
    public let ids: [String]
    /// What the walk refused or skipped.
    public let warnings: [String]

    public var count: Int { paths.count }

    /// Throws when files were planned but none could be read, with the warnings that say why.
    public func checkSomethingLoaded(_ loaded: Int, warnings: [String]) throws {
        guard loaded > 0 || paths.isEmpty else {
            throw CorpusError(paths.count == 1 ? "no article to read" : "none of the \(paths.count) files could be read", warnings: warnings)
        }
    }
}
