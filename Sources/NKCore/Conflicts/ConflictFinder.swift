/// Finds where reports disagree. Claims are grouped by measure first, so the work is close to
/// linear in the number of claims; within a group, all pairs are compared when the group is
/// small, and each claim against the most distant others when it is large.
public struct ConflictFinder: Sendable {
    public let vocabulary: MeasureVocabulary
    /// Groups up to this size compare every pair.
    public var exhaustiveLimit = 64

    public init(vocabulary: MeasureVocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    public struct Result: Sendable {
        public var conflicts: [Conflict]
        public var agreements: [Agreement]

        /// Nothing found, or nothing known yet.
        public static let empty = Result(conflicts: [], agreements: [])
    }

    public func find(_ claims: [Claim]) -> Result {
        var groups: [String: [Claim]] = [:]
        var order: [String] = []
        for c in claims where c.isComparable {
            if groups[c.key] == nil { order.append(c.key) }
            groups[c.key, default: []].append(c)
        }
        var conflicts: [Conflict] = []
        var agreements: [Agreement] = []
        for key in order {
            guard let all = groups[key], all.count >= 2 else { continue }
            // A figure repeated in its article is compared once.
            let (group, repeats) = Restatements.collapse(all)
            guard group.count >= 2 else { continue }
            let intervals = group.map { ClaimInterval($0.figure, tolerance: vocabulary.tolerance) }
            if let c = conflict(group, intervals, repeats) { conflicts.append(c) }
            agreements += self.agreements(group, intervals, repeats)
        }
        conflicts.sort { $0.severity > $1.severity || ($0.severity == $1.severity && $0.measure < $1.measure) }
        return Result(conflicts: conflicts, agreements: agreements)
    }

    private func conflict(_ group: [Claim], _ iv: [ClaimInterval], _ repeats: [[Claim]]) -> Conflict? {
        var pairs: [(Int, Int)] = []
        if group.count <= exhaustiveLimit {
            for i in 0..<group.count {
                for j in (i + 1)..<group.count where iv[i].contradicts(iv[j]) && mayDisagree(group[i], group[j]) { pairs.append((i, j)) }
            }
        } else {
            // Each claim against the claim with the lowest ceiling and the one with the highest floor.
            let byHigh = iv.indices.sorted { iv[$0].high < iv[$1].high }.prefix(2)
            let byLow = iv.indices.sorted { iv[$0].low > iv[$1].low }.prefix(2)
            var seen = Set<Int>()
            for i in iv.indices {
                if let j = byHigh.first(where: { $0 != i }), iv[i].contradicts(iv[j]), mayDisagree(group[i], group[j]) {
                    let p = (min(i, j), max(i, j)); if seen.insert(p.0 * group.count + p.1).inserted { pairs.append(p) }
                }
                if let j = byLow.first(where: { $0 != i }), iv[i].contradicts(iv[j]), mayDisagree(group[i], group[j]) {
                    let p = (min(i, j), max(i, j)); if seen.insert(p.0 * group.count + p.1).inserted { pairs.append(p) }
                }
            }
        }
        guard !pairs.isEmpty else { return nil }
        // Keep only claims that take part in a contradiction, renumbered.
        let members = Array(Set(pairs.flatMap { [$0.0, $0.1] })).sorted()
        var position: [Int: Int] = [:]
        for (n, m) in members.enumerated() { position[m] = n }
        var out = pairs.map { (i, j) -> Conflict.Pair in
            let kind = monthsApart(group[i], group[j]) || risesLater(group[i], iv[i], group[j], iv[j]) ? Conflict.Kind.possibleUpdate : .contradiction
            return Conflict.Pair(a: position[i]!, b: position[j]!, severity: iv[i].severity(against: iv[j]), kind: kind)
        }
        func rank(_ p: Conflict.Pair) -> (Int, Double) { (p.kind == .contradiction ? 1 : 0, p.severity) }
        out.sort { rank($0) > rank($1) }
        return Conflict(measure: group[0].measure, claims: members.map { group[$0] }, pairs: out, repeats: members.map { repeats[$0] })
    }

    /// Claims far enough apart in time that a count may simply have changed.
    func monthsApart(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = approximateDay(a.date), let y = approximateDay(b.date) else { return false }
        return abs(x - y) >= Double(vocabulary.updateAfterDays)
    }

    /// "12 killed" on Saturday and "21 killed" on Monday: a harm that only accumulates, put higher
    /// on a later day, may simply have risen. Put lower later, it cannot have fallen: that stays
    /// a contradiction, as do two counts of the same day.
    func risesLater(_ a: Claim, _ ia: ClaimInterval, _ b: Claim, _ ib: ClaimInterval) -> Bool {
        guard a.frame.isRunningTotal || vocabulary.accumulatingEvents.contains(a.frame.event ?? ""),
              let da = a.date, let db = b.date, da.count >= 10, db.count >= 10, da != db,
              let x = approximateDay(da), let y = approximateDay(db) else { return false }
        let (early, late) = x < y ? (ia, ib) : (ib, ia)
        return late.low > early.high
    }

    private func laterIsSmaller(_ a: Claim, _ ra: Double, _ b: Claim, _ rb: Double) -> Bool {
        guard let x = approximateDay(a.date), let y = approximateDay(b.date) else { return false }
        return x < y ? rb < ra : ra < rb
    }

    /// Two figures of one article disagree only when the article sets two named sources against
    /// each other; otherwise they are parts, restatements or updates of one account.
    func mayDisagree(_ a: Claim, _ b: Claim) -> Bool {
        // Within weeks of each other, figures more than an order of magnitude apart are different
        // scopes (seven bodies in a cave, thousands dead in the city), not rival estimates.
        // Months apart, a running total may grow that much, but never shrink so: "95 men arrested"
        // in August and "three men arrested" in December are different arrests.
        // An article that sets two named sources against each other on one measure ("organisers
        // said 1.7 million, police 128,000") shows rival estimates, even an order of magnitude
        // apart; two orders apart (four rescuers killed, 3,958 flood deaths) they count other things.
        let setAgainst = a.article == b.article && namedApart(a, b)
        if let ra = a.figure.high ?? a.figure.low, let rb = b.figure.high ?? b.figure.low, ra > 0, rb > 0 {
            let ratio = max(ra, rb) / min(ra, rb)
            let scope = vocabulary.sameScopeRatio
            if ratio > (setAgainst ? scope * scope : scope), !monthsApart(a, b) || laterIsSmaller(a, ra, b, rb) { return false }
        }
        // A later addition is another wave, not a revision of the first.
        if a.frame.group == "additional", b.frame.group == "additional", monthsApart(a, b) { return false }
        return a.article != b.article || setAgainst
    }

    private func namedApart(_ a: Claim, _ b: Claim) -> Bool {
        guard let sa = a.source?.lowercased(), let sb = b.source?.lowercased() else { return false }
        return !sa.contains(sb) && !sb.contains(sa)
    }

    /// Runs of claims that share a common value, from at least two sources or articles.
    private func agreements(_ group: [Claim], _ iv: [ClaimInterval], _ repeats: [[Claim]]) -> [Agreement] {
        let order = iv.indices.sorted { iv[$0].low < iv[$1].low }
        var out: [Agreement] = []
        var run: [Int] = []
        var ceiling = Double.infinity
        func close() {
            let voices = Set(run.map { group[$0].article + "|" + (group[$0].source ?? "") })
            if run.count >= 2 && voices.count >= 2 {
                let members = run.sorted()
                out.append(Agreement(measure: group[0].measure, claims: members.map { group[$0] }, repeats: members.map { repeats[$0] }))
            }
        }
        for i in order {
            if !run.isEmpty && iv[i].low > ceiling { close(); run = []; ceiling = .infinity }
            run.append(i)
            ceiling = min(ceiling, iv[i].high)
        }
        close()
        return out
    }
}
