"""The pieces every Word context shares: numbers and dates as people write them, a 标题 broken into
balanced lines, the signature block, and the veto sentences a notice and a feedback both list.

The contexts themselves live beside this module, one per document kind (notice_context, bulletin_context,
feedback_context). Every figure comes from the single sources the PDFs use: CampaignFigures
(workbench.reporting.figures), the office's rendered texts (workbench.exports.texts) and the issued
notice's own record and number (workbench.rectification.notices). Nothing here adds points up or takes a
number. The keys are the placeholders documented in resources/templates/README.md; SAMPLES holds an
example of each, which the template check renders against before anything is generated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.exports.feedback_texts import where
from workbench.exports.texts import DATED
from workbench.exports.title_breaks import balanced_lines, natural_breaks
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import Wording
from workbench.scoring import EntryKind

ATTACH_OVER = 20  # a list longer than this goes to an 附件 after the signature

Context = dict[str, object]
TITLE_CHARS = 20  # 二号 (22 pt) characters on a line of the 156 mm text block


def title_lines(text: str, breaks: Sequence[int] = ()) -> str:
    """A 标题 of several lines balanced and broken between words (as the PDF breaks it); the line
    breaks are newlines, which docxtpl writes as w:br inside the one title paragraph."""
    return "\n".join(balanced_lines(text, TITLE_CHARS, [*breaks, *natural_breaks(text)]))


def signed(name: str, dated: str) -> str:
    """The issuer's name padded with ideographic spaces so that it sits centred above the date (both
    are right-aligned four characters in, GB/T 9704 7.3.5.1)."""

    def width(text: str) -> float:
        return sum(0.5 if ch.isascii() else 1.0 for ch in text)

    pad = int((width(dated) - width(name)) // 2)
    return name + "\u3000" * max(0, pad)


def end_block(texts: Mapping[str, str]) -> Context:
    return {
        "抄送": texts.get("copies_to", "").strip(),
        "印发机关": texts["printer"].strip(),
        "印发日期": texts[DATED],
        "成文日期": texts[DATED],
        "署名": signed(texts["issuer"].strip(), texts[DATED]),
    }


def vetoes(figures: CampaignFigures, w: Wording, *, lead: bool = True) -> list[str]:
    """One sentence per veto recorded against a final file of `figures`, in 案号 order; without `lead`
    for a list that a sentence of its own introduces (the notice's 否决说明)."""
    out = []
    for f in sorted(figures.final, key=lambda f: natural_key(f.case_number)):
        if f.result is None or not f.result.veto:
            continue
        vetoed = {it.key: it for it in f.result.vetoes}
        for e in f.entries:
            if e.kind is EntryKind.VETO and e.item_key in vetoed:
                why = where(e.reason, e.page).rstrip("。")
                item = vetoed[e.item_key].text
                if w.unit_subjects:
                    out.append(f"存在一票否决情形：「{item}」，{why}。" if lead else f"「{item}」：{why}。")
                else:
                    out.append(f"{f.case_number}：否决项「{item}」，{why}。")
    return out
