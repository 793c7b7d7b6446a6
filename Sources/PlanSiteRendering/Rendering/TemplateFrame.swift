extension TemplateRenderer {
    /// One context on the stack: a page model, a dictionary (`labels`) or a text (`{{#x}}` over
    /// a text). A struct whose model is always there (a model without names for the other
    /// kinds) rather than an enum with the model in a case: looking a name up reads the model
    /// in place in the stack, where taking it out of an enum case copied it (for a small struct
    /// model, every field) once per frame per name, 6 % of a build's instructions.
    struct Frame: @unchecked Sendable {
        enum Kind { case model, dictionary, text }

        let kind: Kind
        let model: any TemplateModel
        let dictionary: [String: String]
        let text: String
        /// Which push put it on the stack (`TemplateRenderer.push`): a frame at the same place
        /// with the same generation is the same frame.
        var generation = 0

        static func model(_ model: any TemplateModel) -> Frame {
            Frame(kind: .model, model: model, dictionary: [:], text: "", generation: 0)
        }

        static func dictionary(_ dictionary: [String: String]) -> Frame {
            Frame(kind: .dictionary, model: NoNames(), dictionary: dictionary, text: "", generation: 0)
        }

        static func text(_ text: String) -> Frame {
            Frame(kind: .text, model: NoNames(), dictionary: [:], text: text, generation: 0)
        }
    }
}

/// The model of a frame that is not a model: it has no names.
private struct NoNames: TemplateModel {
    static let fields: [String: @Sendable (NoNames) -> TemplateValue] = [:]
    static let fieldTable = FieldTable(fields)
}
