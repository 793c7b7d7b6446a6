import PlanSiteRendering

/// Every page-model type, for tests and documentation.
public enum TemplateModels {
    public static let all: [any TemplateModel.Type] = [
        PageCommon.self, SiteView.self, ProgressView.self, StatusCountView.self, BarSegment.self, LegendEntry.self,
        OverviewBody.self, PolicyRow.self, ActorRow.self, NotDoneRow.self, NotDoneGroup.self,
        PolicyView.self, TocEntry.self, ObjectiveView.self, ActionRow.self, IndicatorView.self, ColumnSet.self,
        PolicyLink.self, PolicyPageBody.self, PrintBody.self, NotFoundBody.self,
        // Finding an action.
        ActionsPageBody.self, ActionsPolicyGroup.self, ActionsObjectiveGroup.self, ActionEntry.self, FilterOption.self,
        DepartmentRow.self, StatusLink.self,
        // A plan over several years.
        YearSwitch.self, YearSwitch.Entry.self, YearStatus.self, PlanOverviewBody.self, PlanPolicyBody.self, TextItem.self,
        YearRow.self, YearChart.self, YearChart.Bar.self, PolicyYearsRow.self, YearCell.self, ChangeGroup.self, ChangeEntry.self,
        MatrixRow.self, MatrixCell.self,
    ]

    /// Every name any page model offers.
    public static var allNames: Set<String> {
        Set(all.flatMap { type in type.fieldNames })
    }
}
