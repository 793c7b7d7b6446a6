extension MessageCatalog {
    /// Whole messages. Those that end in a suffix another message may carry come first, so the
    /// suffix is translated on its own.
    public static let entries: [Entry] = [
        // Suffixes.
        .init(english: "{m1} (did you mean \"{2}\"?)", japanese: "{m1}（「{2}」のことですか？）"),
        .init(english: "{m1} (remove the quotes)", japanese: "{m1}（引用符を外してください）"),
        .init(english: "{m1} (the unit goes in its own column)", japanese: "{m1}（単位は別の列に書きます）"),
        .init(english: "{m1} (the nearest: {2})", japanese: "{m1}（近いもの: {2}）"),
        .init(english: "{m1}; tabs cannot indent YAML, use spaces", japanese: "{m1}。YAML の字下げにタブは使えません。半角スペースにしてください"),

        // Reading the file.
        .init(
            english: "the file is empty; a report needs at least title, fiscal_year and policies",
            japanese: "ファイルが空です。報告書には少なくとも title、fiscal_year、policies が必要です"),
        .init(english: "the file is UTF-16; save it as UTF-8", japanese: "ファイルが UTF-16 です。UTF-8 で保存し直してください"),
        .init(
            english:
                "the file is not UTF-8: it looks like Shift_JIS (CP932), as Excel and older editors save it; save it again as UTF-8 (in Excel: CSV UTF-8; in an editor: encoding UTF-8)",
            japanese: "ファイルが UTF-8 ではありません。Excel や古いエディターが保存する Shift_JIS（CP932）のようです。UTF-8 で保存し直してください（Excel では「CSV UTF-8」、エディターでは文字コード「UTF-8」）"),
        .init(english: "the file is not UTF-8 text; save it as UTF-8", japanese: "ファイルが UTF-8 のテキストではありません。UTF-8 で保存し直してください"),
        .init(
            english: "the file contains a control character ({1}), which YAML does not allow; delete it",
            japanese: "YAML では使えない制御文字（{1}）が含まれています。削除してください"),
        .init(
            english: "the YAML is nested more than {1} levels deep; a report never needs that",
            japanese: "YAML の入れ子が {1} 段を超えています。報告書でそこまで深くなることはありません"),
        .init(
            english: "only one YAML document is allowed; remove the second \"---\" and what follows it",
            japanese: "YAML の文書は 1 つだけです。2 つ目の「---」とそれより後ろを削除してください"),
        .init(english: "YAML syntax error: {1}", japanese: "YAML の構文エラー: {1}"),
        .init(english: "cannot start the YAML parser", japanese: "YAML の読み込みを開始できません"),

        // Typing mistakes.
        .init(
            english: "line {1} is indented with {w2}; YAML indents with half-width spaces only: replace {3} with spaces",
            japanese: "{1} 行目の字下げに{w2}が使われています。YAML の字下げは半角スペースだけです。半角スペースに置き換えてください"),
        .init(
            english: "no space after \"-\" on line {1}; a list item starts with \"- \": write \"{2}\"",
            japanese: "{1} 行目の「-」の後ろにスペースがありません。リストの項目は「- 」で始めます。「{2}」と書いてください"),
        .init(
            english: "the quote {1} that starts here is never closed; add the closing {2} at the end of the value, or remove this one",
            japanese: "ここで始まる引用符 {1} が閉じられていません。値の終わりに閉じる {2} を書くか、この引用符を削除してください"),
        .init(
            english: "full-width colon \"：\" after \"{1}\"; type a half-width \":\" and a space (with the Japanese input off): \"{2}\"",
            japanese: "「{1}」の後ろのコロンが全角「：」です。日本語入力を切って半角の「:」とスペースを入力してください:「{2}」"),
        .init(
            english: "no space after \":\" in \"{1}\"; a key and its value are separated by \": \": write \"{2}\"",
            japanese: "「{1}」の「:」の後ろにスペースがありません。キーと値は「: 」で区切ります。「{2}」と書いてください"),
        .init(
            english:
                "line {1} is lined up with the \"-\" of line {2} but is not a list item: add 2 spaces before \"{3}\" to put it under \"{4}\", or start it with \"- \" for a new item",
            japanese: "{1} 行目は {2} 行目の「-」と同じ字下げですが、リストの項目になっていません。「{4}」の下に入れるなら「{3}」の前にスペースを 2 個足し、新しい項目なら「- 」で始めてください"),
        .init(
            english: "line {1} is indented {2} space{3}, but the line above ({4}) expects {5}: {w6}",
            japanese: "{1} 行目の字下げは {2} 文字ですが、上の行（{4} 行目）に合わせると {5} 文字です。{w6}"),

        // The shape of the YAML.
        .init(
            english: "{w1}: aliases (*name) are not supported; write the value out",
            japanese: "{w1}: エイリアス（*名前）は使えません。値をそのまま書いてください"),
        .init(english: "{w1}: a key must be a plain word, found {w2}", japanese: "{w1}: キーは単語で書きます。{w2} が書かれています"),
        .init(english: "duplicate key \"{1}\" in {w2}", japanese: "{w2}にキー「{1}」が 2 回書かれています"),
        .init(english: "unknown key \"{1}\" in {w2} — expected one of {3}", japanese: "{w2}に「{1}」というキーはありません。使えるキー: {3}"),
        .init(english: "\"{1}\" in {w2} has no value", japanese: "{w2}の「{1}」に値がありません"),
        .init(english: "missing key \"{1}\" in {w2}", japanese: "{w2}にキー「{1}」がありません"),
        .init(
            english: "fiscal_year: expected the year the fiscal year starts, written 2013, 平成25年度 or H25, found \"{1}\"",
            japanese: "fiscal_year: 年度は 2013、平成25年度、H25 のように書きます。「{1}」は年度として読めません"),
        .init(
            english: "fiscal_year \"{1}\" is read as {2}; \"fiscal_year: {3}\" says the same",
            japanese: "fiscal_year「{1}」は {2} と読みました。「fiscal_year: {3}」と書いても同じです"),
        .init(english: "{w1}: expected a whole number, found \"{2}\"", japanese: "{w1}: 整数を書きます。「{2}」が書かれています"),
        .init(english: "{w1}: expected a number, found \"{2}\"", japanese: "{w1}: 数値を書きます。「{2}」が書かれています"),

        // The rules of the report.
        .init(english: "statuses: a report needs at least one status", japanese: "statuses: 状況を少なくとも 1 つ定義してください"),
        .init(
            english: "weight of status \"{1}\" must be from 0 to 1 (or null to leave it out of progress), found {2}",
            japanese: "状況「{1}」の weight は 0 から 1 の数値です（進捗に数えないときは null）。{2} が書かれています"),
        .init(
            english: "policy id \"{1}\" must be lowercase letters, digits and \"-\", starting with a letter or digit (e.g. \"awareness\")",
            japanese: "施策の id「{1}」は半角の小文字・数字・「-」で、小文字か数字で始めます（例:「awareness」）"),
        .init(english: "duplicate policy id \"{1}\" (first used at {2})", japanese: "施策の id「{1}」が重複しています（最初は {2}）"),
        .init(english: "duplicate policy id \"{1}\" (first used in row {2})", japanese: "施策の id「{1}」が重複しています（最初は {2} 行目）"),
        .init(
            english:
                "action id \"{1}\" must be lowercase letters, digits and \"-\", starting with a letter or digit (or leave the cell empty for the default id)",
            japanese: "取組の id「{1}」は半角の小文字・数字・「-」で、小文字か数字で始めます（空欄にすると既定の id になります）"),
        .init(
            english: "action id \"{1}\" must be lowercase letters, digits and \"-\", starting with a letter or digit",
            japanese: "取組の id「{1}」は半角の小文字・数字・「-」で、小文字か数字で始めます"),
        .init(english: "duplicate action id \"{1}\" (first used at {2})", japanese: "取組の id「{1}」が重複しています（最初は {2}）"),
        .init(
            english: "duplicate action id \"{1}\" (first used in row {2}); clear the cell of a new row to get a new id",
            japanese: "取組の id「{1}」が重複しています（最初は {2} 行目）。新しい行の id のセルを空にすると新しい id が付きます"),
        .init(
            english: "action id \"{1}\" is already the default id of the action at {2}; choose another id",
            japanese: "取組の id「{1}」は {2} の取組の既定の id と同じです。別の id にしてください"),
        .init(english: "title must not be blank", japanese: "title が空白だけです"),
        .init(
            english: "fiscal_year: expected the Western year the fiscal year starts in, such as 2013, found {1}",
            japanese: "fiscal_year: 年度の始まる西暦年（2013 など）を書きます。{1} が書かれています"),
        .init(
            english: "{1}: expected a date written YYYY-MM-DD (e.g. 2014-06-30), found \"{2}\"",
            japanese: "{1}: 日付は YYYY-MM-DD（例: 2014-06-30）と書きます。「{2}」が書かれています"),
        .init(
            english: "{1}: expected an address starting with https:// (e.g. https://www.city.example.jp/kyodo/), found \"{2}\"",
            japanese: "{1}: https:// で始まるアドレス（例: https://www.city.example.jp/kyodo/）を書きます。「{2}」が書かれています"),
        .init(english: "unknown actor \"{1}\" — expected one of {2}", japanese: "主体「{1}」は定義されていません。使えるもの: {2}"),
        .init(english: "unknown status \"{1}\" — expected one of {2}", japanese: "状況「{1}」は定義されていません。使えるもの: {2}"),
        .init(english: "unknown status_label \"{1}\" — expected one of {2}", japanese: "状況（status_label）「{1}」は定義されていません。使えるもの: {2}"),
        .init(
            english: "actor \"{1}\" is read as \"{2}\" ({3}); \"actor: {4}\" says the same",
            japanese: "主体「{1}」は「{2}」（{3}）と読みました。「actor: {4}」と書いても同じです"),
        .init(
            english: "status \"{1}\" is read as \"{2}\"; \"status: {3}\" says the same",
            japanese: "状況「{1}」は「{2}」と読みました。「status: {3}」と書いても同じです"),
        .init(english: "actor \"{1}\" could be any of {2}; write one of these keys", japanese: "主体「{1}」は {2} のどれにも当たります。どれかのキーで書いてください"),
        .init(english: "status \"{1}\" could be any of {2}; write one of these keys", japanese: "状況「{1}」は {2} のどれにも当たります。どれかのキーで書いてください"),
        .init(english: "language: expected one of {1}, found \"{2}\"", japanese: "language: {1} のどれかを書きます。「{2}」が書かれています"),

        // Placeholders.
        .init(
            english: "title is still the placeholder plansite import wrote (\"{1}\"); write the report's title and delete the \"{2}\" comment",
            japanese: "title が plansite import の書いた仮の表題（「{1}」）のままです。報告書の表題を書き、「{2}」のコメントを削除してください"),
        .init(
            english: "title is still the placeholder plansite import wrote (\"{1}\"); write the report's title",
            japanese: "title が plansite import の書いた仮の表題（「{1}」）のままです。報告書の表題を書いてください"),
        .init(
            english:
                "fiscal_year {1} is the guess plansite import wrote; write the year the report's fiscal year starts (2013 for 平成25年度) and delete the \"{2}\" comment",
            japanese: "fiscal_year {1} は plansite import が推測して書いた仮の年度です。年度の始まる西暦年（平成25年度なら 2013）を書き、「{2}」のコメントを削除してください"),
        .init(
            english: "{1} is still a placeholder plansite import wrote; replace it and delete the \"{2}\" comment",
            japanese: "{1} は plansite import の書いた仮の値のままです。正しい値を書き、「{2}」のコメントを削除してください"),

        // Narratives, links and files.
        .init(
            english: "no policy has the id \"{1}\"; a narrative's file name must be a policy id",
            japanese: "id が「{1}」の施策はありません。説明文のファイル名は施策の id にします"),
        .init(
            english: "link \"{1}\" points outside Content/; link to a file in Content/assets/ or to another policy's .md file",
            japanese: "リンク「{1}」は Content/ の外を指しています。Content/assets/ のファイルか、ほかの施策の .md ファイルにリンクしてください"),
        .init(
            english: "image \"{1}\" points outside Content/; link to a file in Content/assets/ or to another policy's .md file",
            japanese: "画像「{1}」は Content/ の外を指しています。Content/assets/ のファイルを指定してください"),
        .init(
            english: "link \"{1}\" points to no file in Content/assets/ and no policy",
            japanese: "リンク「{1}」の先は Content/assets/ のファイルにも施策にもありません"),
        .init(
            english: "image \"{1}\" points to no file in Content/assets/ and no policy",
            japanese: "画像「{1}」は Content/assets/ にありません"),
        .init(
            english: "this file would replace the theme's \"{1}\"; rename it or put it in a subfolder",
            japanese: "このファイルはテーマの「{1}」を置き換えてしまいます。名前を変えるか、サブフォルダーに入れてください"),
        .init(
            english: "a symbolic link that leads outside Content/ (or to a folder) is not followed; copy the file into Content/assets/ instead",
            japanese: "Content/ の外（またはフォルダー）を指すシンボリックリンクはたどりません。ファイルを Content/assets/ にコピーしてください"),
        .init(
            english: "{1}: not found; a report project needs Content/report.yml (plansite init DIR makes one)",
            japanese: "{1} が見つかりません。報告書のプロジェクトには Content/report.yml が必要です（plansite init フォルダー で作れます）"),

        // Templates.
        .init(english: "template error: {m1}", japanese: "テンプレートのエラー: {m1}"),
        .init(english: "a tag is not closed with {1}", japanese: "タグが {1} で閉じられていません"),
        .init(english: "changing the delimiters ({{=…=}}) is not supported", japanese: "区切り記号の変更（{{=…=}}）には対応していません"),
        .init(english: "a tag has no name", japanese: "タグに名前がありません"),
        .init(
            english: "\"{1}\": transforms such as f(x) are not supported; the page models provide the value",
            japanese: "「{1}」: f(x) のような変換には対応していません。値はページのモデルが用意します"),
        .init(english: "\"{1}\" is not a valid name", japanese: "「{1}」は名前として使えません"),
        .init(english: "{{/{1}}} closes a section that was never opened", japanese: "{{/{1}}} が閉じるセクションは開かれていません"),
        .init(
            english: "{{/{1}}} closes {{#{2}}} (opened at {3}); close it with {{/{4}}}",
            japanese: "{{/{1}}} が {{#{2}}}（{3} で開始）を閉じています。{{/{4}}} で閉じてください"),
        .init(english: "{{#{1}}} is never closed with {{/{2}}}", japanese: "{{#{1}}} が {{/{2}}} で閉じられていません"),
        .init(english: "{{>{1}}} or {{<{2}}} names no template", japanese: "{{>{1}}}（{{<{2}}}）という名前のテンプレートはありません"),
        .init(english: "the template is not UTF-8 text", japanese: "テンプレートが UTF-8 のテキストではありません"),
        .init(english: "the theme has no template \"{1}\"", japanese: "テーマにテンプレート「{1}」がありません"),

        // Import.
        .init(
            english: "unknown column {1} \"{2}\" — expected one of {3}, or the columns of data/actions.csv ({4})",
            japanese: "{1} 列の「{2}」は知らない列名です。使える列名: {3}、または data/actions.csv の列名（{4}）"),
        .init(english: "unknown column {1} \"{2}\" — expected one of {3}", japanese: "{1} 列の「{2}」は知らない列名です。使える列名: {3}"),
        .init(
            english: "column {1} \"{2}\" holds the same field ({3}) as column {4} \"{5}\"; keep one of them",
            japanese: "{1} 列の「{2}」は {4} 列の「{5}」と同じ項目（{3}）です。どちらか一方にしてください"),
        .init(
            english: "no column names the policies — expected a 施策 (policy_title) or policy_id column, or name the column with --policy-column",
            japanese: "施策を表す列がありません。施策（policy_title）か policy_id の列を用意するか、--policy-column で列を指定してください"),
        .init(english: "no column holds the actions' titles — expected a 項目 (title) column", japanese: "取組の項目を表す列がありません。項目（title）の列を用意してください"),
        .init(
            english: "no column holds the actions' status — expected a 状況 (status) column with 実施, 一部実施 or 未実施",
            japanese: "取組の状況を表す列がありません。実施・一部実施・未実施を書いた状況（status）の列を用意してください"),
        .init(
            english: "the file has no rows; expected a header row such as 施策,取組方針,主体,項目,アクションプランの内容,実施結果,状況",
            japanese: "ファイルに行がありません。施策,取組方針,主体,項目,アクションプランの内容,実施結果,状況 のような見出しの行が必要です"),
        .init(
            english: "--policy-column \"{1}\": no column of the header row is called so; the columns are {2}",
            japanese: "--policy-column「{1}」: 見出しの行にその名前の列はありません。列は {2} です"),
        .init(english: "the table has no rows below its header; is this the right file?", japanese: "見出しの下に行がありません。ファイルは合っていますか"),
        .init(
            english: "this cell is outside the table: column {1} has no header; give the column a header or clear the cell",
            japanese: "このセルは表の外です（{1} 列に見出しがありません）。列に見出しを付けるか、セルを空にしてください"),
        .init(
            english: "{1} \"{2}\" already ended before this row (it starts in row {3}); keep the rows of a policy together",
            japanese: "{1}「{2}」はこの行より前で終わっています（{3} 行目から）。1 つの施策の行はまとめてください"),
        .init(
            english: "the first row of the table has no {1}; every row needs a policy, or the one of the row above",
            japanese: "表の最初の行に {1} がありません。どの行にも施策が必要です（空欄は上の行と同じ施策）"),
        .init(english: "missing {1}: every action needs one", japanese: "{1} がありません。どの取組にも必要です"),
        .init(english: "missing {1} — expected one of {2}", japanese: "{1} がありません。使えるもの: {2}"),
        .init(
            english: "policy_id \"{1}\" differs from \"{2}\" in row {3} of the same policy; a policy has one id",
            japanese: "policy_id「{1}」が同じ施策の {3} 行目の「{2}」と違います。施策の id は 1 つです"),
        .init(
            english: "policy_title \"{1}\" differs from \"{2}\" in row {3} of the same policy; {4}",
            japanese: "policy_title「{1}」が同じ施策の {3} 行目の「{2}」と違います。施策の表題は 1 つです（policy_id のない行は上の施策に属します）"),
        .init(
            english: "policy \"{1}\" has no title: fill in its {2} cell in one of its rows",
            japanese: "施策「{1}」に表題がありません。どれかの行の {2} のセルに書いてください"),
        .init(
            english: "status_label \"{1}\" does not match status \"{2}\"; change one of them, or clear the status cell to go by the label",
            japanese: "status_label「{1}」と status「{2}」が合いません。どちらかを直すか、status のセルを空にしてください（ラベルで読みます）"),
        .init(english: "unknown status \"{1}\" — expected one of {2} (or {3})", japanese: "状況「{1}」は定義されていません。使えるもの: {2}（または {3}）"),
        .init(
            english: "unknown status_label \"{1}\" — expected one of {2} (or {3})", japanese: "状況（status_label）「{1}」は定義されていません。使えるもの: {2}（または {3}）"),
        .init(english: "unknown actor \"{1}\" — expected one of {2} (or {3})", japanese: "主体「{1}」は定義されていません。使えるもの: {2}（または {3}）"),
        .init(english: "an indicator needs a name in {1} when it has a {2}", japanese: "{2} があるときは、指標の名前を {1} に書きます"),
        .init(
            english: "--fiscal-year: expected the Western year the fiscal year starts in, such as 2013, found {1}",
            japanese: "--fiscal-year: 年度の始まる西暦年（2013 など）を指定します。{1} が指定されています"),
        .init(english: "--title must not be blank", japanese: "--title が空です"),
        .init(
            english: "plansite import made a report.yml that does not load (a bug in plansite; please report it): {1}",
            japanese: "plansite import が読み込めない report.yml を作りました（plansite の不具合です。報告してください）: {1}"),
        .init(
            english:
                "no title was given: wrote a placeholder, which check and build refuse until it is replaced; edit it, or import again with --title \"…\"",
            japanese: "表題の指定がないので仮の表題を書きました。書き換えるまで check と build はエラーになります。編集するか、--title \"…\" を付けて取り込み直してください"),
        .init(
            english:
                "no fiscal year was given: wrote {1}, the current one, which check and build refuse until it is confirmed; edit it, or import again with --fiscal-year",
            japanese: "年度の指定がないので今年度の {1} を書きました。確かめて書き換えるまで check と build はエラーになります。編集するか、--fiscal-year を付けて取り込み直してください"),
        .init(
            english: "title taken from row {1} of {2}: \"{3}\" (use --title to give another)",
            japanese: "表題を {2} の {1} 行目から取りました:「{3}」（別の表題は --title で指定します）"),
        .init(
            english: "fiscal_year {1} taken from \"{2}\" in the title (use --fiscal-year to give another)",
            japanese: "fiscal_year {1} を表題の「{2}」から取りました（別の年度は --fiscal-year で指定します）"),
        .init(english: "policy \"{1}\" keeps its id \"{2}\" from the report it replaces", japanese: "施策「{1}」は置き換える前の報告書の id「{2}」のままです"),
        .init(
            english: "kept from {1} what neither the sheet nor the options give: {2}",
            japanese: "表にもオプションにもないものは {1} から引き継ぎました: 報告書の見出し部分（表題、年度、主体、状況、見出しの語句など）、施策の概要と番号、指標の基準値"),
        .init(
            english: "{1} row {2}: the new action gets the id \"{3}\", as \"{4}\" is the id of the action in row {5}",
            japanese: "{1} の {2} 行目: 「{4}」は {5} 行目の取組の id なので、新しい取組の id を「{3}」にしました"),
        .init(
            english:
                "{1} already exists; import again with --force to replace it (its title, fiscal year, actors, statuses, labels and policy summaries are kept)",
            japanese: "{1} はすでにあります。置き換えるには --force を付けて取り込み直してください（表題・年度・主体・状況・見出しの語句・施策の概要は引き継がれます）"),
        .init(english: "{1} is a folder; give the file to write, such as {2}", japanese: "{1} はフォルダーです。{2} のように書き出すファイルを指定してください"),
        .init(
            english: "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\"",
            japanese: "ファイルが UTF-16（Excel の「Unicode テキスト」）です。「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で保存してください"),
        .init(
            english: "the file contains NUL bytes and is not a text file; save the sheet as \"CSV UTF-8 (comma delimited)\"",
            japanese: "ファイルに NUL バイトがあり、テキストではありません。「CSV UTF-8（コンマ区切り）」で保存してください"),
        .init(
            english:
                "the file starts with a UTF-8 byte order mark but is not UTF-8 from line {1} on; save it again as \"CSV UTF-8 (comma delimited)\"",
            japanese: "ファイルは UTF-8 の BOM で始まりますが、{1} 行目から UTF-8 ではありません。「CSV UTF-8（コンマ区切り）」で保存し直してください"),
        .init(
            english:
                "the file is neither UTF-8 nor Shift_JIS (CP932) text (the first byte that is not UTF-8 is on line {1}); save the sheet as \"CSV UTF-8 (comma delimited)\"",
            japanese: "ファイルは UTF-8 でも Shift_JIS（CP932）でもありません（UTF-8 でない最初のバイトは {1} 行目）。「CSV UTF-8（コンマ区切り）」で保存してください"),

        // The command line.
        .init(english: "{1} error{2}, {3} warning{4}.", japanese: "エラー {1} 件、警告 {3} 件。"),
        .init(english: "No problems found in {1}.", japanese: "{1} に問題は見つかりませんでした。"),
        .init(english: "No problems found ({1} warning{2}) in {3}.", japanese: "{3} にエラーは見つかりませんでした（警告 {1} 件）。"),
        .init(english: "Build failed: {1} error{2}; {3}/ was left unchanged.", japanese: "ビルドできませんでした: エラー {1} 件。{3}/ は変更していません。"),
        .init(
            english: "Built {1} pages, {2} actions, {3} files in {4} ms → {5}/ (open {6}/index.html)",
            japanese: "{1} ページ、取組 {2} 件、ファイル {3} 個を {4} ms で作りました → {5}/（{6}/index.html を開いてください）"),
        .init(english: "Import failed: {1} error{2}; nothing was written.", japanese: "取り込めませんでした: エラー {1} 件。何も書き出していません。"),
        .init(english: "Imported {1} action{2} in {3} polic{4} from {5} ({6}) → {7}", japanese: "{5}（{6}）から施策 {3} 件、取組 {1} 件を取り込みました → {7}"),
        .init(english: "Imported {1} action{2} in {3} polic{4} from {5} ({6})", japanese: "{5}（{6}）から施策 {3} 件、取組 {1} 件を取り込みました"),
        .init(english: "waiting for another build writing {1}…", japanese: "{1} を書き出している別のビルドを待っています…"),
        .init(english: "{1} the content has errors; still serving the last good site:", japanese: "{1} 内容にエラーがあります。前回のサイトを表示し続けます:"),
        .init(
            english:
                "Serving the site of {1} at {2} (pages made as they are asked for; nothing written to {3}/) — watching {4} ({5}). Ctrl-C to stop.",
            japanese: "{1} のサイトを {2} で表示しています（ページは開かれたときに作り、{3}/ には何も書き出しません）。{4} を監視中（{5}）。Ctrl-C で止まります。"),
        .init(
            english: "{1} built {2} pages, {3} actions in {4} ms ({5} ms); {m6}",
            japanese: "{1} {2} ページ、取組 {3} 件を {4} ms で作りました（{5} ms）。{m6}"),
        .init(
            english: "read {1} of {2} files, parsed {3} of {4} parts of report.yml, rendered the Markdown of {5} of {6} policies",
            japanese: "読み直したファイル {2} 個のうち {1} 個、解析し直した report.yml の部分 {4} 個のうち {3} 個、Markdown を作り直した施策 {6} 件のうち {5} 件"),
        .init(english: "Stopped.", japanese: "止めました。"),
        .init(
            english: "Created {1}/ with {2} files: Content/ ({w3}), Templates/ (the default theme) and README.md.",
            japanese: "{1}/ に {2} 個のファイルを作りました: Content/（{w3}）、Templates/（標準のテーマ）、README.md。"),
        .init(english: "Next: cd {1} && plansite serve", japanese: "次は: cd {1} && plansite serve"),
        .init(
            english: "{1} is not empty (it holds {2}); choose a new or empty folder",
            japanese: "{1} は空ではありません（{2} があります）。新しいフォルダーか空のフォルダーを指定してください"),
        .init(
            english: "refusing to use {1} as the output folder; choose a folder of its own, such as Output/",
            japanese: "{1} は出力先にできません。Output/ のような専用のフォルダーを指定してください"),
        .init(
            english: "refusing to replace {1}: it holds {2}; choose another --output",
            japanese: "{1} は置き換えません（{2} が入っています）。別の --output を指定してください"),
        .init(
            english: "{1} is a file, not a folder; move it away or choose another --output",
            japanese: "{1} はフォルダーではなくファイルです。移動するか、別の --output を指定してください"),
        .init(
            english:
                "{1} is not a site plansite wrote (it has no {2}) and would be replaced as a whole; move it away, choose another --output, or use --force",
            japanese: "{1} は plansite が書いたサイトではなく（{2} がありません）、丸ごと置き換わってしまいます。移動するか、別の --output を指定するか、--force を付けてください"),
        .init(english: "cannot write the new site: {1}; {2}/ was left as it was", japanese: "新しいサイトを書き出せません: {1}。{2}/ はそのままです"),
        .init(english: "cannot create {1}: {2}", japanese: "{1} を作れません: {2}"),
        .init(english: "cannot lock {1}: {2}", japanese: "{1} をロックできません: {2}"),
        .init(english: "{1} is a file, not a folder", japanese: "{1} はフォルダーではなくファイルです"),
        .init(english: "cannot write into {1}: {2}", japanese: "{1} に書き込めません: {2}"),
        .init(english: "cannot replace {1} with the new site: {2}; it was left as it was", japanese: "{1} を新しいサイトに置き換えられません: {2}。元のままです"),
        .init(english: "cannot move the new site into {1}: {2}", japanese: "新しいサイトを {1} に移せません: {2}"),
        .init(english: "cannot replace {1}: {2}", japanese: "{1} を置き換えられません: {2}"),
        .init(english: "refusing to write \"{1}\": it is not a path inside the output folder", japanese: "「{1}」は出力先のフォルダーの中のパスではないので書き出しません"),
        .init(english: "error: {m1}", japanese: "エラー: {m1}"),
        .init(english: "note: {m1}", japanese: "注記: {m1}"),
        .init(english: "warning: {m1}", japanese: "警告: {m1}"),

        // A plan over several years.
        .init(
            english: "fiscal_year {1} disagrees with the folder years/{2}; write {3} or leave it out",
            japanese: "fiscal_year {1} がフォルダー years/{2} と合いません。{3} と書くか、fiscal_year を書かずにおいてください"),
        .init(english: "the file is empty; a plan needs at least a title", japanese: "ファイルが空です。計画には少なくとも title が必要です"),
        .init(
            english: "\"{1}\" belongs in a year's report.yml (Content/years/<YYYY>/report.yml), not in plan.yml",
            japanese: "「{1}」は plan.yml ではなく各年度の report.yml（Content/years/<YYYY>/report.yml）に書きます"),
        .init(english: "period: from ({1}) is after to ({2})", japanese: "period: from（{1}）が to（{2}）より後になっています"),
        .init(english: "statuses: a plan needs at least one status", japanese: "statuses: 計画には状況が少なくとも 1 つ必要です"),
        .init(
            english:
                "{1} action(s) of {2} have no id and take the default <policy id>-<n>: inserting a row renumbers those after it and links them to other actions of other years; write each action's id (plansite next-year writes them)",
            japanese:
                "{2}年度の取組 {1} 件に id がなく、既定の <施策の id>-<番号> になっています。行を挿入するとそれより後ろの番号がずれ、他の年度の別の取組と結び付いてしまいます。取組ごとに id を書いてください（plansite next-year は書き出します）"
        ),
        .init(
            english:
                "the action \"{1}\" was titled \"{2}\" in {3} and is \"{4}\" now; in {5} this title was the action \"{6}\" — was a row inserted above it? Write the id it had",
            japanese: "取組「{1}」は {3} 年度には「{2}」という項目でしたが、今は「{4}」です。{5} 年度にはこの項目は取組「{6}」でした。上に行を挿入しませんでしたか？ 当時の id を書いてください"),
        .init(
            english: "the action \"{1}\" was titled \"{2}\" in {3} and is \"{4}\" now; if it is another action, give it an id of its own",
            japanese: "取組「{1}」は {3} 年度には「{2}」という項目でしたが、今は「{4}」です。別の取組なら、それ自身の id を付けてください"),
        .init(
            english: "the year {1} is outside the plan's period {2}–{3} ({4}); widen the period or move the folder",
            japanese: "{1} 年度は計画期間 {2}〜{3}（{4}）の外です。期間を広げるか、フォルダーを移してください"),
        .init(
            english:
                "a project holds one year (Content/report.yml) or several (Content/plan.yml and Content/years/), not both; move this file to Content/years/<YYYY>/report.yml (plansite next-year does it)",
            japanese:
                "プロジェクトは 1 年度分（Content/report.yml）か複数年度分（Content/plan.yml と Content/years/）のどちらかです。両方は置けません。このファイルを Content/years/<YYYY>/report.yml に移してください（plansite next-year が移します）"
        ),
        .init(
            english: "plan.yml needs a folder Content/years/ with a folder per fiscal year (Content/years/2013/report.yml)",
            japanese: "plan.yml には、年度ごとのフォルダーを入れた Content/years/ が必要です（Content/years/2013/report.yml）"),
        .init(
            english: "a project with years/ needs Content/plan.yml with at least the plan's title",
            japanese: "years/ のあるプロジェクトには、少なくとも計画の title を書いた Content/plan.yml が必要です"),
        .init(
            english: "Content/years/ holds only a folder per fiscal year (2013, 2014 …); move this file",
            japanese: "Content/years/ には年度ごとのフォルダー（2013、2014 …）だけを置きます。このファイルを移してください"),
        .init(
            english: "\"{1}\" is not a fiscal year; name a year's folder by the Western year it starts, such as 2013",
            japanese: "「{1}」は年度ではありません。年度のフォルダーは 2013 のように西暦の年で名付けます"),
        .init(
            english: "the year {1} has no report.yml; add Content/years/{2}/report.yml or remove the folder",
            japanese: "{1} 年度に report.yml がありません。Content/years/{2}/report.yml を置くか、フォルダーを削除してください"),
        .init(
            english: "Content/years/ has no year; add a folder per fiscal year with its report.yml (Content/years/2013/report.yml)",
            japanese: "Content/years/ に年度がありません。年度ごとのフォルダーと report.yml を置いてください（Content/years/2013/report.yml）"),
        .init(
            english: "the plan's period ends with {1}; to add {2}, set period.to to {3} or later first",
            japanese: "計画期間は {1} 年度で終わります。{2} 年度を加えるには、先に period.to を {3} 以降にしてください"),
        .init(english: "next-year: the content has errors; nothing was changed.", japanese: "next-year: 内容にエラーがあります。何も変えていません。"),
        .init(
            english: "Converted {1}/ to a plan over several years: plan.yml and years/{2}/.",
            japanese: "{1}/ を複数年度の計画に変えました: plan.yml と years/{2}/。"),
        .init(
            english: "Wrote {1}/report.yml ({2} actions from {3}, {4} narratives copied); update each action's result and status.",
            japanese: "{1}/report.yml を書きました（{3} 年度の取組 {2} 件、説明文 {4} 件を写しました）。取組ごとに実施結果と状況を書き直してください。"),
        .init(english: "the first column of a sheet of several years is fiscal_year", japanese: "複数年度のシートの最初の列は fiscal_year です"),
        .init(
            english: "no title was given: wrote a placeholder; edit it, or import again with --title \"…\"",
            japanese: "title の指定がないので仮の表題を書きました。書き直すか、--title \"…\" を付けて取り込み直してください"),
        .init(
            english:
                "{1} holds one year, and {2} has several: run plansite next-year to make the project one of several years, then import again with --force",
            japanese: "{1} は 1 年度分で、{2} は複数年度分です。plansite next-year で複数年度のプロジェクトにしてから、--force を付けて取り込み直してください"),
        .init(
            english: "{1} already exists; import again with --force to replace every year's file (what the sheet does not carry is kept from it)",
            japanese: "{1} はすでにあります。各年度のファイルを置き換えるには --force を付けて取り込み直してください（シートにない項目は元のファイルから残します）"),
        .init(
            english: "{1} has errors (plansite check lists them); it is replaced wholly, nothing is kept from it",
            japanese: "{1} にはエラーがあります（plansite check で一覧できます）。ファイル全体を置き換え、元の内容は残しません"),
        .init(english: "Imported {1} action{2} of {3} from {4} ({5}) → {6}", japanese: "{4}（{5}）から {3} 年度の取組 {1} 件を取り込みました → {6}"),
        .init(english: "Wrote {1}", japanese: "{1} を書きました"),

        // Last: the shapes that would also match a more particular message above.
        .init(english: "{1} error: {m2}", japanese: "{1} エラー: {m2}"),
        .init(english: "{w1}: expected {w2}, found {w3}", japanese: "{w1}: {w2}を書きます。{w3}が書かれています"),
        .init(english: "{1}: expected a number, found \"{2}\"", japanese: "{1}: 数値を書きます。「{2}」が書かれています"),
        .init(english: "{1}: cannot read: {2}", japanese: "{1} を読めません: {2}"),
    ]

    /// The parts of messages that name what was being read or what was expected.
    public static let phrases: [Entry] = [
        .init(english: "the report", japanese: "報告書"),
        .init(english: "a sample report with two policies", japanese: "施策 2 つの見本の報告書"),
        .init(english: "a sample plan over two years, 2023 and 2024", japanese: "2023 年度と 2024 年度の 2 年度分の見本の計画"),
        .init(english: "policy", japanese: "施策"),
        .init(english: "objective", japanese: "取組方針"),
        .init(english: "action", japanese: "取組"),
        .init(english: "indicator", japanese: "指標"),
        .init(english: "actor \"{1}\"", japanese: "主体「{1}」"),
        .init(english: "status \"{1}\" (a number from 0 to 1, or null)", japanese: "状況「{1}」（0 から 1 の数値か null）"),
        .init(english: "status \"{1}\"", japanese: "状況「{1}」"),
        .init(english: "a mapping of keys and values", japanese: "キーと値の組（マッピング）"),
        .init(english: "a mapping", japanese: "キーと値の組"),
        .init(english: "a list (lines starting with \"- \")", japanese: "リスト（「- 」で始まる行）"),
        .init(english: "a list", japanese: "リスト"),
        .init(english: "text", japanese: "文字列"),
        .init(english: "a whole number", japanese: "整数"),
        .init(english: "a number", japanese: "数値"),
        .init(english: "nothing", japanese: "空の値"),
        .init(english: "an alias", japanese: "エイリアス"),
        .init(english: "the end of a block", japanese: "ブロックの終わり"),
        .init(english: "full-width spaces (\u{3000})", japanese: "全角スペース（\u{3000}）"),
        .init(english: "a tab", japanese: "タブ"),
        .init(english: "add {1} space{2} before \"{3}\"", japanese: "「{3}」の前にスペースを {1} 個足してください"),
        .init(english: "remove {1} space{2} before \"{3}\"", japanese: "「{3}」の前のスペースを {1} 個消してください"),

    ]
}
