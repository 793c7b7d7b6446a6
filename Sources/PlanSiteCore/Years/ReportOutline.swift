extension Report {
    /// What the pages across years, the plan's checks and the sitemap need of a year once its
    /// own pages are written: the report's identity and statuses, each policy's id, number and
    /// title, each action's id, actor, title, status and position — no texts, narratives or
    /// indicators. A several-year build keeps only this of each year, so its memory does not
    /// grow with every year's full report (ten years of 3,200 actions held 6 MB a year as
    /// reports, about 1 MB as outlines).
    public var outline: Report {
        var outline = self
        outline.policies = policies.map { policy in
            var kept = Policy(
                id: policy.id, number: policy.number, title: policy.title, texts: Self.noPolicyTexts,
                objectives: [], position: policy.position)
            kept.objectives = policy.objectives.map { objective in
                Objective(
                    title: nil,
                    actions: objective.actions.map { action in
                        Action(
                            id: action.id, actor: action.actor, title: action.title, status: action.status, texts: Self.noActionTexts,
                            position: action.position)
                    }, position: objective.position)
            }
            return kept
        }
        return outline
    }

    // Shared, so that an outline's thousands of actions hold one empty list, not one each.
    private static let noActionTexts = OptionalTexts(count: Schema.action.texts.count)
    private static let noPolicyTexts = OptionalTexts(count: Schema.policy.texts.count)
}
