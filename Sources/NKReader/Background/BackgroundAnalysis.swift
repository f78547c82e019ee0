import Foundation
import Synchronization

/// Analyses the whole corpus on a thread of its own while the reader shows the first articles.
/// Its results reach the reader only as messages: the thread appends them to a lock-protected
/// mailbox and wakes the main loop through a pipe; the main loop takes them and hands them to
/// `ReaderState.receive`. Nothing else is shared.
public final class BackgroundAnalysis: Sendable {
    public let wakePipe: WakePipe
    private let mailbox = Mutex(Mailbox())
    private let cancelled = Atomic<Bool>(false)

    private struct Mailbox {
        var messages: [AnalysisMessage] = []
        var warnings: [String] = []
    }

    /// Starts the thread; nil when no pipe could be made (then the caller analyses in the foreground).
    public init?(_ start: ReaderStart, batchSize: Int = 256) {
        guard let pipe = WakePipe() else { return nil }
        wakePipe = pipe
        Thread.detachNewThread { [self] in run(start, batchSize: batchSize) }
    }

    /// The thread holds the object until it is done, so the pipe outlives both ends' users.
    deinit { wakePipe.close() }

    private func run(_ start: ReaderStart, batchSize: Int) {
        SignalRouting.leaveToMainThread()
        var lastPercent = -1
        do {
            let whole = try start.readerCorpus(batchSize: batchSize) { fraction in
                // One wake-up per percent: redrawing is cheap, but not free.
                let percent = Int(fraction * 100)
                if percent != lastPercent {
                    lastPercent = percent
                    post(.progress(fraction))
                }
                return !cancelled.load(ordering: .relaxed)
            }
            guard let whole else { return }
            mailbox.withLock { $0.warnings += whole.warnings }
            post(.finished(whole.corpus))
        } catch {
            post(.failed("\(error)"))
        }
    }

    private func post(_ message: AnalysisMessage) {
        mailbox.withLock { $0.messages.append(message) }
        wakePipe.wake()
    }

    /// The messages posted since the last call, oldest first.
    public func take() -> [AnalysisMessage] {
        wakePipe.drain()
        return mailbox.withLock { box in
            defer { box.messages = [] }
            return box.messages
        }
    }

    /// Warnings about files read in the background (refused, not UTF-8), for after the reader.
    public var warnings: [String] { mailbox.withLock { $0.warnings } }

    /// Asks the thread to stop after its current batch; the process may exit before it does.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }
}

/// Signals meant for the reader — a resize, a quit — must interrupt the main thread's wait for
/// keys, so the thread doing the analysis blocks them. (Linux offers a process's signal to the
/// main thread first anyway, and libdispatch's pool threads, where parallelMap runs, block them
/// already; Foundation's threads do not.)
enum SignalRouting {
    static func leaveToMainThread() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&set, s) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }
}
