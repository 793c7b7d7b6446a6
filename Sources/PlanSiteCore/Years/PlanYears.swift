/// The rules of a several-year project's folders.
public enum PlanYears {
    /// The year a folder of `Content/years/` stands for: four digits, a plausible fiscal year.
    public static func year(ofFolder name: String) -> Int? {
        guard name.utf8.count == 4, name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(name),
            (1868...2200).contains(year)
        else { return nil }
        return year
    }
}
