/// What one renderer remembers of the names it found below the innermost context: inside a
/// table's rows, `labels.status` and `columns.show_plan` find the page's labels and columns
/// on every row, through every frame in between, and a label is escaped again each time.
///
/// A remembered lookup holds while the frame it was found in is still on the stack (the same
/// place and generation: frames never change, and page models' names are pure functions of the
/// model) and no frame above it has the name; the renderer checks both before using it. Kept
/// per renderer, so that the bytes written for a label are this core's own, not an object every
/// core retains and releases (the reference counts of shared objects are a third of a parallel
/// build's cycles otherwise).
struct RememberedLookups {
    /// By path number (`TemplatePathPart.pathID`): where the path was found, -1 for nothing yet.
    private(set) var frame: [Int] = []
    private(set) var generation: [Int] = []
    private(set) var value: [TemplateValue] = []
    /// The value as output bytes, escaped and raw, made when first written.
    var escaped: [[UInt8]?] = []
    var raw: [[UInt8]?] = []

    mutating func remember(_ key: Int, frame: Int, generation: Int, value: TemplateValue) {
        if key >= self.frame.count {
            let more = key + 1 - self.frame.count
            self.frame += repeatElement(-1, count: more)
            self.generation += repeatElement(0, count: more)
            self.value += repeatElement(.null, count: more)
            escaped += repeatElement(nil, count: more)
            raw += repeatElement(nil, count: more)
        }
        self.frame[key] = frame
        self.generation[key] = generation
        self.value[key] = value
        escaped[key] = nil
        raw[key] = nil
    }
}
