#!/usr/bin/env python3
"""Measures of the default theme's layout in headless Chromium (the validators' browser).

  layout.py words SITE            1280×900, every policy page: no line of an action's name (項目)
                                  breaks inside a word (words as Chromium's Intl.Segmenter cuts
                                  Japanese), and its own links stay on their line
  layout.py first-screen SITE     390×844 phone: the overview shows the figure, its explanation
                                  and the first policy on the first screen; each policy page its
                                  progress and first action within 1.5 screens

Prints one line per finding and a last line "layout NAME: … -> OK|FAIL"; exit 0 passed, 1 failed.
"""
import importlib.machinery
import importlib.util
import os
import sys
import urllib.parse

sys.dont_write_bytecode = True
try:
    import selenium  # noqa: F401
except ImportError:  # run again with the validators' Python, as `check` does
    python = os.path.join(os.environ.get("VALIDATORS_VENV") or os.path.expanduser("~/.cache/site-validators"), "bin", "python")
    if os.environ.get("_LAYOUT_IN_VENV") or not os.access(python, os.X_OK):
        sys.exit("layout: selenium is not installed: run Scripts/validators/install")
    os.environ["_LAYOUT_IN_VENV"] = "1"
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])
here = os.path.dirname(os.path.abspath(__file__))
loader = importlib.machinery.SourceFileLoader("check", os.path.join(here, "..", "validators", "check"))
spec = importlib.util.spec_from_loader("check", loader)
check = importlib.util.module_from_spec(spec)
loader.exec_module(check)

# For each action name: where its lines break, and whether each break falls between words.
BREAKS = """const seg = new Intl.Segmenter('ja', {granularity: 'word'}), out = [];
for (const el of document.querySelectorAll('table.actions .col-title .action-title')) {
  const node = el.firstChild; if (!node || node.nodeType !== 3) continue;
  const text = node.data, bounds = new Set([0, text.length]);
  for (const s of seg.segment(text)) { bounds.add(s.index); bounds.add(s.index + s.segment.length); }
  const range = document.createRange(); let top = null;
  for (let i = 0; i < text.length; i++) {
    range.setStart(node, i); range.setEnd(node, i + 1);
    const r = range.getClientRects()[0]; if (!r) continue;
    if (top !== null && r.top > top + 2 && !bounds.has(i)) out.push(text.slice(0, i) + '/' + text.slice(i));
    top = r.top;
  }
  const links = el.parentElement.querySelector('.row-links');
  if (links) for (const a of links.querySelectorAll('a')) if (a.getClientRects().length > 1) out.push(text + ': link on two lines');
}
return out;"""

FIRST = """const bottom = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().bottom + scrollY : null; };
return {figure: bottom('.overall .big-figure'), method: bottom('.overall .progress-method'), policy: bottom('.policy-list > li'),
        progress: bottom('.policy-progress'), row: bottom('table.actions tbody tr')};"""


def pages(site, folder):
    return sorted(f"{folder}/{f}" for f in os.listdir(os.path.join(site, folder)) if f.endswith(".html"))


def words(site):
    bad = 0
    with check.served(site) as base, check.chromium(1280, 900) as driver:
        check.viewport(driver, 1280, 900)
        for page in pages(site, "policies"):
            check.load(driver, base + urllib.parse.quote(page))
            for finding in driver.execute_script(BREAKS):
                print(f"{page}: {finding}")
                bad += 1
    print(f"layout words: {len(pages(site, 'policies'))} policy page(s) at 1280 px, {bad} name(s) broken inside a word -> {'FAIL' if bad else 'OK'}")
    return 1 if bad else 0


def first_screen(site):
    bad = 0
    screen = 844
    # A plan over several years: the latest year's pages (the plan's own pages have no headline).
    folder = ""
    if not os.path.exists(os.path.join(site, "print.html")):
        years = sorted(d for d in os.listdir(site) if d.isdigit() and len(d) == 4)
        folder = years[-1] + "/" if years else ""
    with check.served(site) as base, check.chromium(390, screen) as driver:
        check.viewport(driver, 390, screen, mobile=True)
        check.load(driver, base + folder + "index.html")
        m = driver.execute_script(FIRST)
        for name in ("figure", "method", "policy"):
            if m[name] is None or m[name] > screen:
                print(f"index.html: the {name} ends at {m[name]} px, below the first screen ({screen} px)")
                bad += 1
        worst = 0
        for page in pages(site, folder + "policies"):
            check.load(driver, base + urllib.parse.quote(page))
            p = driver.execute_script(FIRST)
            for name in ("progress", "row"):
                if p[name] is not None:
                    worst = max(worst, p[name])
                if p[name] is not None and p[name] > screen * 1.5:
                    print(f"{page}: the {name} ends at {p[name]:.0f} px, below 1.5 screens ({screen * 1.5:.0f} px)")
                    bad += 1
    print(f"layout first-screen: overview figure {m['figure']:.0f}, explanation {m['method']:.0f}, first policy {m['policy']:.0f} px; "
          f"policy pages' first row by {worst:.0f} px (of {screen}) -> {'FAIL' if bad else 'OK'}")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("words", "first-screen"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit({"words": words, "first-screen": first_screen}[sys.argv[1]](sys.argv[2]))
