"""The 评查项目 table of an evaluation sheet: its layout (categories, items, subtotals and their rules)
built once per standard, and its rows once per file: points, scores and the reasons with their pages.

A supervision round's indicators show the evidence a unit must produce under their wording, and its
bonus items what they added (扣/加分); an item scored by level says the level it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from workbench.exports.pdf.fonts import FontSet
from workbench.exports.pdf.grid import CellParagraph
from workbench.exports.pdf.styles import SHADE, CellNotes, para_markup, ruled_table
from workbench.exports.sentences import chinese_number, num_text
from workbench.reporting.wording import Wording
from workbench.scoring import Entry, EntryKind, ItemScore, ScoreResult
from workbench.standards.model import Item, Standard

ITEM_COLUMNS = [10 * mm, 60 * mm, 14 * mm, 13 * mm, 13 * mm, 64 * mm]
BONUS_ITEM_COLUMNS = [10 * mm, 60 * mm, 13 * mm, 15 * mm, 12 * mm, 64 * mm]  # room for 扣/加分
ITEM_HEAD = ["序号", "评查项目", "标准分", "扣分", "得分", "扣分理由（页码）"]
BONUS_ITEM_HEAD = ["序号", "评查项目", "标准分", "扣/加分", "得分", "理由（页码）"]  # where items add points
Paragraphs = Callable[[str, str], Paragraph]  # (text, style) → a table cell's shared Paragraph


class ItemTable:
    """Everything of the item table that does not depend on the file, and `table()` for the rest."""

    def __init__(
        self,
        standard: Standard,
        fonts: FontSet,
        cell: ParagraphStyle,
        wording: Wording,
        label: Callable[[str, str], str | Paragraph],
        head_rules: list[tuple],
    ) -> None:
        self.standard, self.fonts, self.head_rules = standard, fonts, head_rules
        self.item_texts = {i.key: CellParagraph(self._item_markup(i), cell) for i in standard.items}
        head = list(BONUS_ITEM_HEAD if standard.bonus_items else ITEM_HEAD)
        head[1] = wording.item_label
        self.head = [label(t, fonts.heading) for t in head]
        self.columns = BONUS_ITEM_COLUMNS if standard.bonus_items else ITEM_COLUMNS
        self.rows, self.row_rules = self._layout()
        self.subtotal_labels = {
            path: label(f"{str(path).rsplit(' > ', 1)[-1]}小计", fonts.heading)
            for kind, path in self.rows
            if kind == "subtotal"
        }
        self.bonus_paths = {  # categories holding bonus items only (a checklist's 加分项)
            path
            for path in standard.categories()
            if all(it.bonus for it in standard.point_items if path in standard.ancestors[it.key])
        }

    def _item_markup(self, item: Item) -> str:
        """The item's wording; below it, smaller, the evidence a unit must show (佐证材料), if any."""
        text = para_markup(item.text, self.fonts.body, self.fonts)
        if not item.evidence.strip():
            return text
        evidence = para_markup(f"佐证材料：{item.evidence.strip()}", self.fonts.kai, self.fonts)
        return f'{text}<br/><font name="{self.fonts.kai}" size="8.5" color="#555555">{evidence}</font>'

    def _layout(self) -> tuple[list[tuple[str, object]], list[tuple]]:
        """The item table's rows in order: ("category", (depth, path, name)), ("item", Item),
        ("subtotal", path); and the style rules that do not depend on the file."""
        rows: list[tuple[str, object]] = []
        open_paths: list[str] = []
        counters: dict[int, int] = {}
        for item in self.standard.point_items:
            paths = [" > ".join(item.category[: d + 1]) for d in range(len(item.category))]
            while open_paths and (
                len(open_paths) > len(paths) or open_paths[-1] != paths[len(open_paths) - 1]
            ):
                rows.append(("subtotal", open_paths.pop()))
            for depth in range(len(open_paths), len(paths)):
                counters[depth] = counters.get(depth, 0) + 1
                for deeper in [d for d in counters if d > depth]:
                    del counters[deeper]
                rows.append(("category", (depth, paths[depth], item.category[depth], counters[depth])))
                open_paths.append(paths[depth])
            rows.append(("item", item))
        while open_paths:
            rows.append(("subtotal", open_paths.pop()))
        rules: list[tuple] = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (4, -1), "CENTER")]
        for n, (kind, _) in enumerate(rows, start=1):  # row 0 is the header
            if kind == "category":
                rules += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), SHADE)]
                rules.append(("FONTNAME", (0, n), (-1, n), self.fonts.heading))
            elif kind == "subtotal":
                rules += [("SPAN", (0, n), (1, n)), ("FONTNAME", (0, n), (-1, n), self.fonts.heading)]
                rules.append(("ALIGN", (0, n), (1, n), "RIGHT"))
        return rows, rules

    def table(
        self, result: ScoreResult | None, entries: dict[str, list[Entry]], p: Paragraphs, notes: CellNotes
    ) -> Table:
        """The table of one file: a header, then each category, item and subtotal of the layout."""
        data: list[list[object]] = [self.head]
        number = 0
        for kind, value in self.rows:
            if kind == "category":
                depth, _path, name, n = cast(tuple[int, str, str, int], value)
                prefix = f"{chinese_number(n)}、" if depth == 0 else f"（{chinese_number(n)}）"
                data.append([p(prefix + name, "cell"), "", "", "", "", ""])
            elif kind == "subtotal":
                path = str(value)
                category = result.categories.get(path) if result is not None else None
                maximum = num_text(category.maximum) if category else ""
                if path in self.bonus_paths:
                    maximum = f"≤{num_text(self.standard.bonus_max)}"
                label = self.subtotal_labels[path]
                data.append([label, "", maximum, "", num_text(category.score) if category else "", ""])
            else:
                number += 1
                item: Item = value  # type: ignore[assignment]
                score = result.items.get(item.key) if result is not None else None
                data.append(self._row(number, item, score, entries.get(item.key, ()), notes))
        rules = [*self.head_rules, *self.row_rules]
        return ruled_table(data, self.columns, self.fonts.body, rules, repeat_rows=1)

    def _row(
        self, number: int, item: Item, score: ItemScore | None, entries: Iterable[Entry], notes: CellNotes
    ) -> list:
        maximum = f"≤{num_text(item.rule.cap)}" if item.bonus and item.rule.cap else num_text(item.max_points)
        text = self.item_texts[item.key]
        if score is None:
            return [str(number), text, maximum, "", "", ""]
        found = list(entries)
        if score.not_applicable:
            why = entry_notes([e for e in found if e.kind is EntryKind.NOT_APPLICABLE])
            shown = num_text(score.score) if score.applicable else "不适用"
            return [
                str(number),
                text,
                maximum,
                "—",
                shown,
                notes.cell(f"不适用：{why}" if why else "不适用"),
            ]
        if item.bonus:
            bonus = [e for e in found if e.kind is EntryKind.BONUS]
            why = entry_notes(bonus, prefix="加")
            if score.bonus > score.score:
                over = num_text(score.bonus - score.score)
                capped = f"以 {num_text(score.score)} 分为限，超出的 {over} 分不计"
                why += f"{'；' if why else ''}{capped}"
            added = f"+{num_text(score.score)}" if score.score else "—"
            return [
                str(number),
                text,
                maximum,
                added,
                num_text(score.score),
                notes.cell(why) if why else "",
            ]
        deductions = [e for e in found if e.kind is EntryKind.DEDUCTION and e.points]
        why = entry_notes(deductions, prefix="扣" if len(deductions) > 1 else "", item=item)
        if score.lost:
            why += f"{'；' if why else ''}扣完为止，超出的 {num_text(score.lost)} 分不计"
        return [
            str(number),
            text,
            maximum,
            num_text(score.deducted),
            num_text(score.score),
            notes.cell(why) if why else "",
        ]


def entry_notes(entries: Iterable[Entry], *, prefix: str = "", item: Item | None = None) -> str:
    """Each entry's reason and page; with `prefix`, its points first (扣 2 分：…)."""
    parts = []
    for e in entries:
        text = e.reason.strip()
        if item is not None and (level := item.level_of(e.points)) is not None and item.rule.levels:
            text = f"评为“{level}”" + (f"：{text}" if text else "")
        if e.count and e.count > 1:
            text += f"（{e.count} 处）"
        if e.page is not None:
            text += f"（第{e.page}页）"
        if prefix:
            text = f"{prefix} {num_text(e.points)} 分" + (f"：{text}" if text else "")
        if text:
            parts.append(text)
    return "；".join(parts)
