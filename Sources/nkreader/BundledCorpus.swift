import ArgumentParser
import Foundation
import NKCore

/// The bundled articles for this binary (see `BundledArticles`): never `./seeds`, which would
/// silently replace them for an installed binary run from a folder that happens to have one.
enum BundledCorpus {
    static func folder() throws -> String {
        let fm = FileManager.default
        let executable = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        switch BundledArticles.locate(executable: executable, exists: { fm.fileExists(atPath: $0) }) {
        case .success(let folder): return folder
        case .failure(let notFound):
            Diagnostics.error(notFound.description)
            throw ExitCode(2)
        }
    }
}
