import CLibXML2

/// A read-only view of a node in a libxml2 tree. The tree is owned by the parse that made it and
/// freed when that parse ends; a node never outlives it.
struct XMLNodeRef {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name, lowercased for HTML (libxml2 already lowercases HTML tags).
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// Compares the name without building a String: most nodes are compared many times.
    func named(_ s: StaticString) -> Bool {
        guard let n = pointer.pointee.name else { return false }
        return strcmpBytes(n, s)
    }

    var firstChild: XMLNodeRef? { pointer.pointee.children.map(XMLNodeRef.init) }
    var next: XMLNodeRef? { pointer.pointee.next.map(XMLNodeRef.init) }
    var parent: XMLNodeRef? { pointer.pointee.parent.map(XMLNodeRef.init) }

    /// A text node's characters.
    var content: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    /// An attribute's value (case-insensitive name), read straight from the tree: no allocation
    /// the caller must free.
    func attribute(_ wanted: String) -> String? {
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let text = c.pointee.content { value += String(cString: text) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Every text below this node, in order, without recursion (malformed pages nest deeply).
    var textContent: String {
        var out = ""
        XMLWalk.walk(self) { node, entering in
            if entering && node.isText { out += node.content }
            return true
        }
        return out
    }
}

private func strcmpBytes(_ p: UnsafePointer<xmlChar>, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    let base = s.utf8Start
    for i in 0..<n where p[i] != base[i] { return false }
    return p[n] == 0
}

/// Depth-first traversal with enter and leave events, by parent links rather than recursion, so
/// that a page nested ten thousand deep costs no stack.
enum XMLWalk {
    /// `visit(node, entering)` returns false on entering to skip the node's children (its leave
    /// event still comes).
    static func walk(_ root: XMLNodeRef, _ visit: (XMLNodeRef, Bool) -> Bool) {
        var node = root
        while true {
            if visit(node, true), let child = node.firstChild {
                node = child
                continue
            }
            // Leave this node and every ancestor that has no next sibling, up to the root.
            while true {
                _ = visit(node, false)
                if node.pointer == root.pointer { return }
                if let sibling = node.next { node = sibling; break }
                guard let up = node.parent else { return }
                node = up
            }
        }
    }
}
