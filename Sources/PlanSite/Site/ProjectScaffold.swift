import Foundation
import PlanSiteCore
import PlanSiteRendering

/// `plansite init DIR`: a new report project that builds at once — a small sample `Content/`
/// (two policies), a copy of the default `Templates/` to restyle, and a short guide.
public enum ProjectScaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the project into `folder`, which must not exist or be empty (a `.git` folder is fine).
    /// Returns the files written, relative to `folder`.
    @discardableResult
    /// With `years`, the sample is a plan over several years (`plan.yml`, `years/<YYYY>/`).
    public static func create(at folder: URL, years: Bool = false) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "\(folder.path) is a file, not a folder") }
            let entries = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != ".git" }
            guard entries.isEmpty else {
                throw Failure(
                    description:
                        "\(ProjectPaths.display(folder)) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); choose a new or empty folder"
                )
            }
        }
        var files: [(String, [UInt8])] =
            years
            ? severalYears
            : [
                ("Content/report.yml", Array(sampleReport.utf8)),
                ("Content/policies/participation.md", Array(sampleNarrative1.utf8)),
                ("Content/policies/information.md", Array(sampleNarrative2.utf8)),
            ]
        files += [
            ("README.md", Array(guide.utf8)),
            // For editors: completion and typo marks as the author types (see the first line of report.yml).
            (schemaFile, Array(JSONSchema.reportSchema().utf8)),
        ]
        for (path, file) in Theme.builtIn.files.sorted(by: { $0.key < $1.key }) {
            files.append(("Templates/\(path)", file.bytes))
        }
        do {
            for (path, bytes) in files {
                let url = folder.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw Failure(description: "cannot write into \(ProjectPaths.display(folder)): \(error.localizedDescription)")
        }
        return files.map(\.0)
    }

    /// Where `init` puts the JSON Schema of `report.yml`, relative to the project.
    public static let schemaFile = "report.schema.json"

    static let sampleReport = """
        # yaml-language-server: $schema=../report.schema.json
        # 実施結果のデータ。書き方は README.md を参照してください。
        title: 令和6年度 市民協働推進アクションプラン 実施結果
        organization: 〇〇市 市民協働課
        fiscal_year: 2024
        published: 2025-06-30
        policies:
          - id: participation
            title: 市政への参加を広げる
            summary: 市民が市政に**参加しやすい**仕組みをつくります。
            objectives:
              - title: 参加の機会を増やす
                actions:
                  - actor: city
                    title: 審議会の公募委員
                    plan: 審議会の委員の一部を公募します。
                    result: 3つの審議会で委員を公募し、5人を選任した。
                    status: done
                  - actor: joint
                    title: 地域懇談会
                    plan: |-
                      ① 各地区で年2回の懇談会を開きます。
                      ② 出た意見を市報で紹介します。
                    result: 懇談会は年1回の開催にとどまった。
                    status: partial
          - id: information
            title: 情報をわかりやすく届ける
            objectives:
              - actions:
                  - actor: city
                    title: 市ホームページの改善
                    plan: スマートフォンで読みやすいページにします。
                    result: 未実施
                    status: not_started
                  - actor: citizen
                    title: 地域の情報発信
                    plan: 自治会が地域の行事を発信します。
                    result: 8つの自治会が行事の案内を掲示板とSNSで発信した。
                    status: done

        """

    static let sampleNarrative1 = """
        ## この施策のねらい

        市民が市政に参加できる機会を増やし、意見が施策に生かされるようにします。

        ## 今年度のふりかえり

        公募委員の選任は予定どおり進みました。地域懇談会は開催回数が計画に届かなかったため、
        来年度は開催時期を見直します。情報の届け方については[情報をわかりやすく届ける](information.md)を参照してください。

        """

    static let sampleNarrative2 = """
        市の情報を、必要な人に、わかりやすく届けることを目指します。

        """

    static let guide = """
        # 実施結果レポート

        このフォルダは plansite のレポートです。

        - `Content/report.yml` — 施策・取組方針・取組と、その実施結果。
        - `Content/policies/<id>.md` — 施策ごとの説明文（Markdown）。ファイル名は施策の `id` です。
        - `Content/assets/` — 画像や資料。説明文からは `../assets/地図.png` のように書きます。
        - `Templates/` — サイトの見た目。変えたいファイルだけを残して編集できます（消したファイルは標準のものが使われます）。

        ## よく使うコマンド

        ```sh
        plansite serve     # 編集しながらブラウザーで確認する（保存すると自動で更新されます）
        plansite check     # 誤りがないか確かめる
        plansite build     # Output/ にサイトを作る。Output/ の中身をウェブサーバーに置けば公開できます
        ```

        誤りがあると、`Content/report.yml:14:7: 状況「donee」は定義されていません。…（「done」のことですか？）`
        のように、ファイル名・行・列と正しい書き方の候補が表示されます（日本語の環境では日本語で、
        `--lang en` を付けると英語で表示されます）。誤りがある間は Output/ は書き換えられません。

        ## report.yml の書き方

        - 取組の `status` は `done`（実施）、`partial`（一部実施）、`not_started`（未実施）のいずれかです。
          `実施` のようにラベルで書いても読めます（`plansite check` がキーでの書き方を知らせます）。
          独自の区分を使うときは `statuses:` に書きます。
        - 取組の `actor` は `citizen`（★市民が主体）、`city`（●市が主体）、`joint`（◎市民と市が主体）です。
          `●` のように記号で書いても読めます。
        - `language: en` と書くと、サイトの見出しなどがすべて英語になります。
        - `plan`、`result` などは Markdown で書けます。改行はそのまま表示されます。
        - 表計算ソフトで作った一覧は `plansite import 一覧.csv` で report.yml にできます。

        """
}
