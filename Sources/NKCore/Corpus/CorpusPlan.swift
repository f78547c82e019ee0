import Foundation

/// The inputs a corpus is made of, in reading order, with their article ids: what
/// `CorpusLoader.plan` finds before reading any of them.
public struct CorpusPlan: Sendable {
    /// One thing to read: standard input, a file, or a web address.
    public enum Source: Sendable, Equatable {
        case standardInput, file(String), web(URL)
    }

    /// The inputs, in the order their articles are read.
    public let sources: [Source]
    /// The article id of each input (a feed's items take theirs from it).
    public let ids: [String]
    /// What the walk refused or skipped.
    public let warnings: [String]

    public var count: Int { sources.count }

    /// Throws when no article could be read although paths were given (even paths that were all
    /// refused before any reading, like a link loop), with the warnings that say why.
    public func checkSomethingLoaded(_ loaded: Int, warnings: [String]) throws {
        guard loaded > 0 || (sources.isEmpty && warnings.isEmpty) else {
            throw CorpusError(sources.count <= 1 ? "no article to read" : "none of the \(sources.count) inputs could be read", warnings: warnings)
        }
    }
}
