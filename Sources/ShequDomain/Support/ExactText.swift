/// Text as a dictionary key compared and hashed by its UTF-8 bytes. A
/// `String` key is hashed by its canonical form, which for Chinese means
/// normalizing it first; memo tables that look names up on every frame
/// need only byte equality, and pay far less for it.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
