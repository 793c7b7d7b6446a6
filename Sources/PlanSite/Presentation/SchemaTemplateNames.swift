import PlanSiteCore
import PlanSiteRendering

/// The template names of a type's optional texts, derived from its `FieldList`: a Markdown
/// field `plan` is `plan_html` (rendered), a text field `department` is `department` (escaped by
/// the template), a date `published` is `published_label` (2014年6月30日) and `published_iso`,
/// and `show_<key>` says whether a column has data anywhere.
enum SchemaTemplateNames {
    /// Entries for a model whose optional texts are `texts(model)`, already shown as the page
    /// needs them (rendered Markdown, plain text), by slot.
    static func entries<Model>(
        _ list: FieldList, _ texts: @escaping @Sendable (Model) -> [String?],
        language: @escaping @Sendable (Model) -> SiteLanguage = { _ in .ja }
    )
        -> [String: @Sendable (Model) -> TemplateValue]
    {
        var entries: [String: @Sendable (Model) -> TemplateValue] = [:]
        for field in list.texts {
            let slot = field.slot!
            switch field.kind {
            case .markdown:
                entries[field.key + "_html"] = { TemplateValue(texts($0)[slot]) }
            case .date:
                entries[field.key + "_label"] = { model in
                    TemplateValue(texts(model)[slot].flatMap(CalendarDate.init).map { language(model).date($0) })
                }
                entries[field.key + "_iso"] = { TemplateValue(texts($0)[slot].flatMap(CalendarDate.init)?.iso) }
            default:
                entries[field.key] = { TemplateValue(texts($0)[slot]) }
            }
        }
        return entries
    }

    /// Each slot's text as the page shows it: rendered Markdown for Markdown fields, the text
    /// itself for the others.
    static func shown(_ texts: OptionalTexts, _ rendered: [RenderedMarkdown?], _ list: FieldList, style: PageStyle) -> [String?] {
        list.texts.map { field in
            field.kind == .markdown ? rendered[field.slot!]?.html(for: style) : texts[field.slot!]?.value
        }
    }

    /// `dict` with `more` added; the schema's names must not hide a name a model defines itself.
    static func merged<Model>(
        _ dict: [String: @Sendable (Model) -> TemplateValue],
        _ more: [String: @Sendable (Model) -> TemplateValue]
    ) -> [String: @Sendable (Model) -> TemplateValue] {
        dict.merging(more) { _, _ in preconditionFailure("a template name is defined twice") }
    }
}
