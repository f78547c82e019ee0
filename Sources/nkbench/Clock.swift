import Foundation

/// Wall-clock timing of one block, best of `runs`.
func measure(runs: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Peak resident memory of this process so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

func report(_ name: String, _ value: String) {
    print(name.padding(toLength: 54, withPad: " ", startingAt: 0) + value)
}
