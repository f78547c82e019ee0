/// A correction made, replaced or taken back in one process, with the file's copy it replaced:
/// what a save lays over the file as another process may have left it.
public struct CorrectionChange: Equatable, Sendable {
    public var id: String
    /// Nil: taken back.
    public var correction: Correction?
    /// The file's copy before this process's first change to it (nil: there was none).
    public var base: Correction?

    public init(id: String, correction: Correction?, base: Correction?) {
        self.id = id
        self.correction = correction
        self.base = base
    }
}
