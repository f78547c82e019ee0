import Testing
@testable import NKReader

@Test func dumpForDevelopment() {
    guard ProcessInfo.processInfo.environment["NK_DUMP"] != nil else { return }
    var r = reader()
    r.press(.character("n"))
    print(r.render().lines.joined(separator: "\n"))
    r.press(.character("t"))
    print(r.render().lines.joined(separator: "\n"))
}
import Foundation
