import PlanSiteRendering

/// Every page-model type, for tests and documentation.
public enum TemplateModels {
    public static let all: [any TemplateModel.Type] = [
        PageCommon.self, SiteView.self, ProgressView.self, StatusCountView.self, BarSegment.self, LegendEntry.self,
        OverviewBody.self, PolicyRow.self, ActorRow.self, NotDoneRow.self, NotDoneGroup.self,
        PolicyView.self, TocEntry.self, ObjectiveView.self, ActionRow.self, IndicatorView.self, ColumnSet.self,
        PolicyLink.self, PolicyPageBody.self, PrintBody.self, NotFoundBody.self,
    ]

    /// Every name any page model offers.
    public static var allNames: Set<String> {
        Set(all.flatMap { type in type.fieldNames })
    }
}
