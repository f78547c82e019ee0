/// Turns the dates articles print into ISO 8601, as precise as the text is.
public enum DateNormalizer {
    /// "2025-02-11", "2025-02", "2025"; nil when no year can be found.
    public static func iso(year: Int?, month: Int?, day: Int?) -> String? {
        guard let y = year, (1000...2999).contains(y) else { return nil }
        guard let m = month, (1...12).contains(m) else { return String(y) }
        guard let d = day, (1...31).contains(d) else { return String(format: "%04d-%02d", y, m) }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// A date written into a file name, as blogs and archives name posts: "01-wire-2024-10-23" →
    /// (2024, 10, 23). The last "YYYY-MM-DD" (or "YYYY-MM") run with a plausible month and day wins.
    public static func dateInFileName(_ name: String) -> (year: Int?, month: Int?, day: Int?)? {
        let runs = name.split(whereSeparator: { !$0.isNumber }).map(String.init)
        var found: (year: Int?, month: Int?, day: Int?)?
        for (i, run) in runs.enumerated() where run.count == 4 {
            guard let y = Int(run), (1900...2100).contains(y), i + 1 < runs.count, runs[i + 1].count == 2,
                  let m = Int(runs[i + 1]), (1...12).contains(m) else { continue }
            var d: Int?
            if i + 2 < runs.count, runs[i + 2].count == 2, let v = Int(runs[i + 2]), (1...31).contains(v) { d = v }
            found = (y, m, d)
        }
        return found
    }

    /// Year, month and day read from a date written in words or digits:
    /// "Feb 11", "December 17, 2024", "11 February 2025", "2025년 12월 4일", "2025-02-11", "5/17/2018";
    /// with `otherMonths` (keys as `Lexicon.key`), "12 septembre 2023", "12. März 2023" too.
    public static func parts(of text: String, lexicon: Lexicon = .standard, otherMonths: [UInt64: Int] = [:]) -> (year: Int?, month: Int?, day: Int?) {
        var year: Int?, month: Int?, day: Int?
        var numbers: [(Int, Int, String)] = []   // value, digit count, what follows
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.numericType != nil, let d = Int(String(s)) {
                var v = d, n = 1
                i += 1
                // A run of digits longer than any date part is read to its end but never multiplied
                // past nine digits, so "9999999999999999999년" cannot overflow.
                while i < scalars.count, let d2 = Int(String(scalars[i])), scalars[i].isASCII {
                    if n < 9 { v = v * 10 + d2 }
                    n += 1
                    i += 1
                }
                if n > 9 { v = -1 }
                var suffix = ""
                if i < scalars.count { suffix = String(scalars[i]) }
                numbers.append((v, n, suffix))
            } else if s.properties.isAlphabetic {
                var w = ""
                while i < scalars.count, scalars[i].properties.isAlphabetic { w.unicodeScalars.append(scalars[i]); i += 1 }
                if month == nil {
                    let key = Lexicon.key(w)
                    if let m = lexicon.words[key]?.month ?? otherMonths[key] { month = m }
                }
            } else {
                i += 1
            }
        }
        // "11.10.2023", "11-10-2023": with the year last, dots and dashes put the day first
        // (European usage); slashes stay month first ("5/17/2018") unless the first number is a day.
        if numbers.count == 3, numbers[2].1 == 4, numbers[0].2 == "." || numbers[0].2 == "-",
           numbers[0].1 <= 2, numbers[1].1 <= 2, (1...12).contains(numbers[1].0) {
            return (numbers[2].0, numbers[1].0, numbers[0].0)
        }
        for (v, n, suffix) in numbers where v >= 0 {
            switch suffix {
            case "년": year = v; continue
            case "월": month = v; continue
            case "일": day = v; continue
            default: break
            }
            if n == 4 { year = year ?? v } else if month == nil && numbers.count == 3 && v <= 12 { month = v } else if day == nil && v <= 31 { day = v }
        }
        return (year, month, day)
    }
}

import Foundation
