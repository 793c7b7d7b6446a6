/// The three places rendered Markdown can appear; links and heading ids differ between them.
public enum PageStyle: Int, Sendable, CaseIterable {
    /// A page at the site root that links to policy pages (`index.html`).
    case overview
    /// `policies/<id>.html`: one folder down.
    case policyPage
    /// `print.html`: every policy in one document, so policy links become in-page anchors.
    case printPage
}
