#if !LIBFUZZER
import Foundation

/// Without libFuzzer (a plain `swift build`) the target is a replayer: it runs the entry point
/// on each file named, so a crash file can be reproduced under a debugger and the code keeps compiling.
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): unreadable"); continue }
            _ = data.withUnsafeBytes { fuzzFigures($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
            print("\(path): ok")
        }
    }
}
#endif
