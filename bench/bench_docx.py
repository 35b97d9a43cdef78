"""Write 18 rectification notices and the bulletin as .docx, against a bare docxtpl render of it.

Builds a demo campaign in a temporary folder (workbench/demo), issues its notices (18 taken in turn from
those issued, repeating when the demo has fewer), renders each notice's texts once (untimed), and times,
best of 3 alternating runs after a warm-up:
  ours:     the whole job of the Word export once the figures and texts are there: the templates
            checked (placeholders read, rendered against the examples), each notice's and the
            bulletin's context built from the notice record, the figures and the texts, rendered
            under strict rules and saved (workbench.exports.docx.writer).
  baseline: docxtpl alone: DocxTemplate(shipped template).render(the same context) and save, for the
            same 19 documents, contexts built beforehand (untimed).
Goal: ours / baseline <= 1.5.
Run: .venv/bin/python bench/bench_docx.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docxtpl import DocxTemplate

from db.connection import open_database
from workbench.campaigns.service import list_campaigns, update_settings
from workbench.demo.generator import generate_demo
from workbench.exports.docx.bulletin_context import bulletin_context
from workbench.exports.docx.notice_context import notice_context
from workbench.exports.docx.templates import BULLETIN, NOTICE, check_template_file, shipped_path
from workbench.exports.docx.writer import write_bulletin_docx, write_notice_docx
from workbench.exports.templates import deadline_days
from workbench.exports.texts import bulletin_texts, notice_texts
from workbench.rectification.issuing import issue_notices
from workbench.reporting.figures import campaign_figures

NOTICES, REPEAT = 18, 3
DAY = date(2026, 3, 5)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "demo.sqlite")
        started = time.perf_counter()
        generate_demo(db, files=240, seed=2026)
        campaign = update_settings(db, list_campaigns(db)[0], author="bench", doc_prefix="演司函").value
        figures = campaign_figures(db, campaign)
        issued = issue_notices(
            db, campaign, author="bench", issued_on=DAY, figures=figures, deadline_days=deadline_days(db)
        ).value
        notices = list(islice(cycle(issued), NOTICES))
        jobs = [(n, figures.of_department(n.department), notice_texts(db, n)) for n in notices]
        texts = bulletin_texts(db, figures, dated=DAY)
        db.close()
        took = time.perf_counter() - started
        print(f"demo: {len(figures.files)} files, {len(issued)} notices issued ({took:.1f} s)")
        notice_template, bulletin_template = shipped_path(NOTICE), shipped_path(BULLETIN)
        contexts = [(notice_template, notice_context(n, own, t)) for n, own, t in jobs]
        contexts.append((bulletin_template, bulletin_context(figures, texts)))
        rows = sum(len(c["问题"]) for _, c in contexts[:-1])
        print(f"{NOTICES} notices ({rows} problem rows) + the bulletin")

        def ours(out: Path) -> None:
            check_template_file(notice_template, NOTICE)
            check_template_file(bulletin_template, BULLETIN)
            for i, (notice, own, notice_words) in enumerate(jobs):
                write_notice_docx(notice, own, notice_words, out / f"n{i}.docx", template=notice_template)
            write_bulletin_docx(figures, texts, out / "b.docx", template=bulletin_template)

        def baseline(out: Path) -> None:
            for i, (template, context) in enumerate(contexts):
                document = DocxTemplate(template)
                document.render(context, autoescape=True)
                document.save(out / f"{i}.docx")

        timings: dict[str, list[float]] = {"ours": [], "baseline": []}
        runs = {"ours": ours, "baseline": baseline}
        for name, run in runs.items():  # warm-up: imports, first parse
            run(_fresh(folder, f"warm-{name}"))
        for n in range(REPEAT):
            for name, run in runs.items():
                out = _fresh(folder, f"{name}-{n}")
                started = time.perf_counter()
                run(out)
                timings[name].append(time.perf_counter() - started)
        best = {name: min(values) for name, values in timings.items()}
        for name, value in best.items():
            print(f"{name:>9}: {value * 1000:8.0f} ms")
        ratio = best["ours"] / best["baseline"]
        print(f"ratio ours / baseline: {ratio:.2f} (goal <= 1.5) {'OK' if ratio <= 1.5 else 'SLOW'}")


def _fresh(folder: Path, name: str) -> Path:
    out = folder / name
    out.mkdir()
    return out


if __name__ == "__main__":
    main()
