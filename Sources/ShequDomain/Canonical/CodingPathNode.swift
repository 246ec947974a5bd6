/// A value in a tree being encoded or decoded that knows the value it is in
/// and its key there, so that its coding path is put together only when an
/// error needs it, never allocated for every value on the way.
package protocol CodingPathNode: AnyObject {
    var parentNode: Self? { get }
    var keyInParent: (any CodingKey)? { get }
}

extension CodingPathNode {
    /// The keys from the root down to this value.
    package var path: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: Self? = self
        while let current = node, let key = current.keyInParent {
            keys.append(key)
            node = current.parentNode
        }
        return keys.reversed()
    }
}

/// The coding key of a list element: its index.
package struct ListIndex: CodingKey {
    package var stringValue: String { "[\(index)]" }
    package var intValue: Int? { index }
    package let index: Int

    package init(_ index: Int) { self.index = index }
    package init?(stringValue: String) { nil }
    package init?(intValue: Int) { self.index = intValue }
}
