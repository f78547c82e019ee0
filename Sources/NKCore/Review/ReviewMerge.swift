/// Two processes changed the same contradiction's entry: a three-way merge against the version
/// this process started from, field by field, so that neither change is lost.
enum ReviewMerge {
    /// `base` is the entry as this process last read it (nil when it made the entry);
    /// `theirs` is the file's copy now.
    static func merge(ours: ReviewEntry, base: ReviewEntry?, theirs: ReviewEntry?) -> ReviewEntry {
        guard let theirs, theirs != base else { return ours }
        let baseState = base?.state ?? .unreviewed
        let baseNote = base?.note ?? ""
        var out = ours
        // A field only they changed is theirs; one both changed: our verdict (the later
        // action), and both notes.
        if ours.state == baseState { out.state = theirs.state }
        if ours.note == baseNote {
            out.note = theirs.note
        } else if theirs.note != baseNote && theirs.note != ours.note && !ours.note.contains(theirs.note) {
            out.note = ours.note.isEmpty ? theirs.note : ours.note + " / " + theirs.note
        }
        out.updated = max(ours.updated, theirs.updated)
        return out
    }
}
