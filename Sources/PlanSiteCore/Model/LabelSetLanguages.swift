extension LabelSet {
    /// Words of the theme that are not headings of a field: the names of navigation landmarks
    /// and the punctuation between parts of a line, which differ between languages.
    static let themeWords: [(key: String, text: String)] = [
        ("site_nav", "サイト内の移動"),
        ("breadcrumb", "現在位置"),
        ("pager", "前の施策・次の施策"),
        ("achievement", "目標比"),
        ("space", "\u{3000}"),
        ("open_paren", "（"),
        ("close_paren", "）"),
        ("slash", "／"),
    ]

    /// The English wording of every label key: `language: en` starts from these.
    public static let english: [String: String] = [
        "policy": "Policy", "objective": "Objective", "action": "Action",
        "actor": "Lead", "title": "Action", "plan": "Plan", "result": "Result", "status": "Status",
        "department": "Department", "indicator": "Indicator", "target": "Target", "actual": "Actual", "baseline": "Baseline",
        "challenges": "Challenges", "next_steps": "Next year", "note": "Note",
        "progress": "Progress", "overall": "Overall progress", "by_policy": "Progress by policy", "by_actor": "Progress by lead",
        "not_done": "Unfinished actions", "all_done": "Every action was carried out.", "legend": "Legend",
        "narrative": "About this policy", "results": "Results of the actions", "contents": "Contents",
        "home": "Progress overview", "print": "Full document for printing", "previous": "Previous policy", "next": "Next policy",
        "permalink": "Link to this action", "open_data": "Open data", "csv": "Actions (CSV)", "json": "Data (JSON)",
        "skip": "Skip to content", "published": "Published", "updated": "Updated", "contact": "Contact",
        "count_unit": "actions", "no_actions": "This policy has no actions.", "not_found": "Page not found",
        "not_found_text": "The page you are looking for was not found. It may have been moved or deleted.",
        "site_nav": "Site navigation", "breadcrumb": "You are here", "pager": "Previous and next policy",
        "achievement": "Achieved", "space": " ", "open_paren": " (", "close_paren": ")", "slash": " / ",
        // Finding an action (actions.html).
        "actions": "All actions", "by_department": "Progress by department", "search": "Search by keyword",
        "search_hint": "Shows the actions that contain every word, words separated by spaces.", "filter_all": "All",
        "clear": "Clear the filters", "showing": "{shown} of {total} {unit} shown", "no_match": "No action matches.",
        "in_list": "See in the list", "in_policy_page": " page", "all_actions": "Search every action",
        // A plan over several years.
        "plan_overview": "The whole plan (years compared)", "period": "Plan period", "by_year": "Progress by year", "year": "Year",
        "policy_by_year": "Each policy's progress by year", "changes": "Changes since the previous year",
        "improved": "Actions that moved forward", "worse": "Actions that moved back", "new": "New actions", "ended": "Actions that ended",
        "no_changes": "None.", "year_reports": "The report of each year", "year_switch": "Switch year",
        "year_before": "The year before", "action_matrix": "Each action's status by year", "absent": "Not in that year",
        "policy_absent": "The report of {year} does not include this policy.", "policy_record": "This policy across years",
        // How the headline figure is made.
        "progress_method": "Counted as {weights}", "progress_weight": "{status} = {weight}",
        "progress_excluded": "{statuses}: not counted", "fully_done": "{statuses}: {count} of {total} {unit} ({percent})",
        "list_separator": ", ",
    ]

    /// The words of `language`, each replaced where the report's `labels:` gives its own.
    public init(language: SiteLanguage, overrides: [String: String] = [:]) {
        guard language == .en else {
            self.init(overrides: overrides)
            return
        }
        self.init(overrides: Self.english.merging(overrides) { _, own in own })
    }
}
