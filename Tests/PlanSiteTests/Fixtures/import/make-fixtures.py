#!/usr/bin/env python3
"""Writes the CSV fixtures of ImportTests, as Excel would save them.

Run from anywhere (needs PyYAML, Debian python3-yaml): python3 Tests/PlanSiteTests/Fixtures/import/make-fixtures.py
The seed-shaped sheet is made from Content/report.yml, so it holds the seed's every row and text.
"""
import csv
import io
import os

import yaml

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..', '..', '..'))


def csv_bytes(rows, encoding, bom=False):
    out = io.StringIO()
    # Excel writes CRLF between rows and quotes only the cells that need it.
    csv.writer(out, lineterminator='\r\n').writerows(rows)
    data = out.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


# 1. The seed as the sheet it was published from: a title row and the legend above the table,
#    施策 and 取組方針 as merged cells (written once, empty below), ★●◎ for the actor and the
#    status by its label. Saved as "CSV (comma delimited)" on a Japanese Windows: CP932.
with open(os.path.join(root, 'Content', 'report.yml'), encoding='utf-8') as f:
    seed = yaml.safe_load(f)
marks = {key: actor['mark'] for key, actor in seed['actors'].items()}
labels = {key: status['label'] for key, status in seed['statuses'].items()}
rows = [
    ['平成25年度市民協働（共働）推進アクションプラン 【 実 施 結 果 】', '', '', '', '', '', ''],
    ['', '★市民が主体 ●市が主体 ◎市民と市が主体', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['施策', '取組方針', '主体', '項 目', 'アクションプランの内容', '実施結果', '状況'],
]
for policy in seed['policies']:
    first_of_policy = True
    for objective in policy['objectives']:
        first_of_objective = True
        for action in objective['actions']:
            rows.append([
                f"施策{policy['number']} {policy['title']}" if first_of_policy else '',
                objective['title'] if first_of_objective else '',
                marks[action['actor']], action['title'], action['plan'], action['result'], labels[action['status']],
            ])
            first_of_policy = first_of_objective = False
write('seed-sheet-cp932.csv', csv_bytes(rows, 'cp932'))

# 2. CP932's extension characters (NEC and IBM): ① ㈱ № 髙 﨑 ～ － ∥ ￢, in every encoding Excel saves.
rows = [
    ['施策', '主体', '項目', 'アクションプランの内容', '実施結果', '状況', '担当課', '備考'],
    ['施策1 ㈱髙橋製作所との協働', '◎', '№1 髙﨑地区', '① 説明会の開催\n② 意見交換会～年2回', '実施した－予定どおり', '実施', '市民協働課', '∥ ￢ ㈱'],
    ['', '●', '№2 報告', '報告書の作成', '', '未実施', '総務課', ''],
]
write('extended-cp932.csv', csv_bytes(rows, 'cp932'))
write('extended-utf8.csv', csv_bytes(rows, 'utf-8'))
write('extended-utf8-bom.csv', csv_bytes(rows, 'utf-8', bom=True))

# 3. A sheet with a mistake in many cells: every one is reported, at its row and column.
rows = [
    ['施策', '取組方針', '主体', '項目', 'アクションプランの内容', '実施結果', '状況', '指標', '目標', '実績', '単位', 'ID'],
    ['施策1 意識を高める', '啓発', '◎', '自治会で', '計画', '結果', '実施済', '', '', '', '', ''],
    ['', '', '▲', '市報で', '計画', '結果', '実施', '', '', '', '', ''],
    ['', '', '●', '', '計画', '結果', '実施', '', '', '', '', ''],
    ['', '', '●', '研修', '計画', '結果', '一部実施', '参加者数', '20件', '26', '人', ''],
    ['', '', '●', '学習会', '計画', '結果', '実施', '', '10', '', '', 'Bad_ID'],
    ['', '', '●', '窓口', '計画', '結果', '', '', '', '', '', 'p1-9'],
    ['', '', '●', '窓口2', '計画', '結果', '未実施', '', '', '', '', 'p1-9', '余分'],
]
write('mistakes.csv', csv_bytes(rows, 'utf-8', bom=True))

# 4. A header that is no known column.
rows = [
    ['施策', '取組方針', '主体', '項目', 'アクションプランの内容', '実施結果', '状況', '担当者'],
    ['施策1 意識を高める', '啓発', '◎', '自治会で', '計画', '結果', '実施', '田中'],
]
write('unknown-header.csv', csv_bytes(rows, 'utf-8', bom=True))

# 5. Not text in any encoding a spreadsheet saves.
write('not-text.csv', bytes([0x82, 0xA0, 0x80, 0x41, 0xFD, 0xFF, 0x0D, 0x0A]))
