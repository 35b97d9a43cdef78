"""Check a standard before it is used: hard problems refuse it, doubtful ones become warnings (R9).

Importers pass an `Origin` so every message names the sheet, row and column the user has to fix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from workbench.common.errors import QT_TRANSLATE_NOOP, InvalidStandard, UserError, UserErrors, where
from workbench.standards.model import (
    CASE_FILE,
    CHECKLIST,
    Item,
    NaPolicy,
    RuleKind,
    ScoreModel,
    Standard,
    VetoEffect,
)

# Chinese names of the model's enums: shared by messages, the workbook and the docs.
CASE_TYPES = {
    "penalty": "行政处罚",
    "licensing": "行政许可",
    "compulsion": "行政强制",
    "inspection": "行政检查",
    "levy": "行政征收",
    "confirmation": "行政确认",
    "benefit": "行政给付",
    "adjudication": "行政裁决",
    "reconsideration": "行政复议",
}
RULE_KINDS = {
    RuleKind.FIXED: "固定扣分",
    RuleKind.PER_DEFECT: "按处扣分",
    RuleKind.RANGE: "区间扣分",
    RuleKind.TIERS: "档次扣分",
    RuleKind.FREE: "自由扣分",
    RuleKind.BINARY: "是否达标",
    RuleKind.LEVELS: "分档计分",
    RuleKind.BONUS: "加分项",
}
STANDARD_KINDS = {CASE_FILE: "评查标准", CHECKLIST: "督察清单"}
LEVEL_SEP, LEVEL_POINTS_SEP = "/", ":"  # 分档计分 in a cell: “专门机构:3/兼管:2/无:0”
LEVEL_FORBIDDEN = "/:、,;／，；：\n"  # characters a level label cannot hold, so the cell reads back
VETO_KIND = "否决项"
VETO_EFFECTS = {
    VetoEffect.ZERO_TOTAL: "总分为零",
    VetoEffect.DEDUCT_ALL: "扣除全部分数",
    VetoEffect.FAIL_REVIEW: "评查不合格",
    VetoEffect.CAP_GRADE: "等次封顶",
    VetoEffect.FIXED_DEDUCTION: "扣固定分",
}
SCORE_MODELS = {ScoreModel.SUM_OF_ITEMS: "各项得分相加", ScoreModel.TOTAL_MINUS_DEDUCTIONS: "总分减扣分"}
NA_POLICIES = {NaPolicy.FULL_MARKS: "按满分计", NaPolicy.RESCALE: "按比例折算", NaPolicy.EXCLUDE: "不计入"}
MIN_BANDS, MAX_BANDS = 2, 6
MAX_POINTS = Decimal(1000)  # the most any total, item, deduction or bonus may be: no standard is near it
PATH_SEP = " > "


class UnreadableFile(UserError):
    """The file is missing, not of the expected kind, corrupt, or in an unknown encoding."""

    code = "unreadable_standard_file"
    template = QT_TRANSLATE_NOOP("UserError", "无法读取文件“{name}”：{why}")


@dataclass(frozen=True)
class ImportedStandard:
    """What an import produced: the standard, what the user should know, and items read as free deduction."""

    standard: Standard
    warnings: list[str] = field(default_factory=list)
    fallbacks: list[tuple[str, str]] = field(
        default_factory=list
    )  # (item text, why the wording was not read)


@dataclass(frozen=True)
class Origin:
    """Where the parts of a standard came from in an imported file, so that errors can name the cell."""

    items_sheet: str | None = None
    item_rows: tuple[int, ...] = ()  # the row of each item, in item order
    columns: Mapping[str, str] = field(default_factory=dict)  # model field → the file's column name
    settings_sheet: str | None = None
    setting_rows: Mapping[str, int] = field(default_factory=dict)  # model field → row
    band_rows: tuple[int, ...] = ()

    def item_row(self, index: int) -> int | None:
        return self.item_rows[index] if index < len(self.item_rows) else None

    def item(self, index: int, column: str | None = None) -> str:
        return where(self.items_sheet, self.item_row(index), self.columns.get(column or ""))

    def setting(self, name: str, column: str | None = None) -> str:
        return where(self.settings_sheet, self.setting_rows.get(name), column)

    def band(self, index: int) -> str:
        row = self.band_rows[index] if index < len(self.band_rows) else None
        return where(self.settings_sheet, row, None)


def fmt(value: Decimal) -> str:
    """2 → "2", 0.50 → "0.5": how points are printed in messages and cells."""
    return format(value.normalize(), "f")


def rule_problems(item: Item) -> list[tuple[str, str]]:
    """Hard problems of a point item's deduction rule, as (model field, Chinese problem)."""
    r, mx = item.rule, item.max_points
    out: list[tuple[str, str]] = []
    if r.kind in (RuleKind.FIXED, RuleKind.PER_DEFECT) and (r.points is None or r.points <= 0):
        out.append(("rule", f"{RULE_KINDS[r.kind]}的扣分值必须大于 0"))
    elif r.kind is RuleKind.RANGE:
        if r.low is None or r.high is None or r.low < 0:
            out.append(("rule", "区间扣分须填写下限和上限，如“1-3”"))
        elif r.low > r.high:
            out.append(("rule", f"扣分区间的下限 {fmt(r.low)} 分大于上限 {fmt(r.high)} 分"))
        elif r.high > mx:
            out.append(("rule", f"扣分区间的上限 {fmt(r.high)} 分超过该项分值 {fmt(mx)} 分"))
    elif r.kind is RuleKind.TIERS:
        if not r.tiers:
            out.append(("rule", "档次扣分至少要列出一个扣分值，如“10/5/2”"))
        elif any(t <= 0 for t in r.tiers):
            out.append(("rule", "档次扣分的每个扣分值都必须大于 0"))
    elif r.kind is RuleKind.BINARY and mx <= 0:
        out.append(("max_points", "是否达标的项目分值必须大于 0（未达标扣除全部分值）"))
    elif r.kind is RuleKind.LEVELS:
        out += _level_problems(item)
    elif r.kind is RuleKind.BONUS:
        out += _bonus_problems(item)
    if r.kind is not RuleKind.BONUS and r.cap is not None:
        out.append(("cap", "只有加分项才填写加分上限"))
    if r.kind is not RuleKind.LEVELS and r.levels:
        out.append(("rule", "只有分档计分才列出档次"))
    if r.kind in (RuleKind.RANGE, RuleKind.FREE, RuleKind.BONUS) and r.step <= 0:
        out.append(("step", "步长必须大于 0"))
    return out


def _level_problems(item: Item) -> list[tuple[str, str]]:
    levels, mx = item.rule.levels, item.max_points
    if len(levels) < 2:
        return [("rule", "分档计分至少要列出两档，如“专门机构:3/兼管:2/无:0”")]
    out: list[tuple[str, str]] = []
    labels = [label for label, _ in levels]
    if any(
        label != label.strip() or not label or any(c in LEVEL_FORBIDDEN for c in label) for label in labels
    ):
        out.append(("rule", "每一档都要有名称，名称前后不留空格，也不能含有“/”“:”“、”“,”“;”"))
    elif len(set(labels)) != len(labels):
        out.append(("rule", "档次名称重复"))
    points = [p for _, p in levels]
    if any(p < 0 or p > mx for p in points):
        out.append(("rule", f"每一档的得分都应在 0 至该项分值 {fmt(mx)} 分之间"))
    elif len(set(points)) != len(points):
        out.append(("rule", "两档的得分相同，评定时无法区分"))
    elif max(points) != mx:
        out.append(("rule", f"最高一档应得满分 {fmt(mx)} 分（现为 {fmt(max(points))} 分）"))
    return out


def _bonus_problems(item: Item) -> list[tuple[str, str]]:
    r = item.rule
    out: list[tuple[str, str]] = []
    if item.max_points != 0:
        now = fmt(item.max_points)
        out.append(
            ("max_points", f"加分项不计入基本分，分值应为 0（现为 {now}），最多加的分数填在“加分上限”")
        )
    if r.cap is None or r.cap <= 0:
        out.append(("cap", "加分项的加分上限必须大于 0"))
    elif r.points is not None and not 0 < r.points <= r.cap:
        out.append(("rule", f"每项加分值应大于 0 且不超过加分上限 {fmt(r.cap)} 分"))
    if item.na_allowed:
        out.append(("na_allowed", "加分项不能设为“可不适用”：没有加分即不加"))
    return out


def _rule_warnings(item: Item) -> list[str]:
    r, mx = item.rule, item.max_points
    amounts = [r.points] if r.kind in (RuleKind.FIXED, RuleKind.PER_DEFECT) else list(r.tiers)
    too_big = [a for a in amounts if a is not None and a > mx]
    if too_big and r.kind is not RuleKind.TIERS:
        return [f"评查项目「{item.text}」扣分值 {fmt(too_big[0])} 分超过该项分值 {fmt(mx)} 分，扣完为止"]
    if too_big:
        return [f"评查项目「{item.text}」有档次扣分值超过该项分值 {fmt(mx)} 分，扣完为止"]
    return []


def _item_problems(s: Standard, item: Item, labels: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not item.key.strip():
        out.append(("key", "项目编号不能为空"))
    if not item.text.strip():
        out.append(("text", "评查内容不能为空"))
    if not item.category or any(not c.strip() or PATH_SEP in c for c in item.category):
        out.append(("category", "类别不能为空，类别名称中也不能含有“ > ”"))
    if item.max_points < 0:
        out.append(("max_points", f"分值不能为负数（现为 {fmt(item.max_points)}）"))
    for column, value in _numbers(item):
        if value is not None and (not value.is_finite() or abs(value) > MAX_POINTS):
            out.append((column, f"分值“{value}”超出范围：应在 0 至 {fmt(MAX_POINTS)} 分之间"))
            return out
    if not item.veto:
        if item.veto_effect or item.cap_grade or item.veto_points is not None:
            out.append(("veto_effect", "只有否决项才填写否决效果、封顶等次和否决扣分"))
        return out + rule_problems(item)
    if item.max_points != 0:
        out.append(("max_points", f"否决项不计分，分值应为 0（现为 {fmt(item.max_points)}）"))
    if item.na_allowed:
        out.append(("na_allowed", "否决项不能设为“可不适用”：未发现否决情形即不触发"))
    effect = s.effect_of(item)
    if item.cap_grade is not None and effect is not VetoEffect.CAP_GRADE:
        out.append(("cap_grade", "只有否决效果为“等次封顶”时才填写封顶等次"))
    elif item.cap_grade is not None and item.cap_grade not in labels:
        out.append(("cap_grade", f"封顶等次“{item.cap_grade}”不在等次表中（现有：{'、'.join(labels)}）"))
    if effect is VetoEffect.FIXED_DEDUCTION and (item.veto_points is None or item.veto_points <= 0):
        out.append(("veto_points", "否决效果为“扣固定分”时，否决扣分必须大于 0"))
    elif effect is not VetoEffect.FIXED_DEDUCTION and item.veto_points is not None:
        out.append(("veto_points", "只有否决效果为“扣固定分”时才填写否决扣分"))
    return out


def _numbers(item: Item) -> list[tuple[str, Decimal | None]]:
    r = item.rule
    pairs: list[tuple[str, Decimal | None]] = [
        ("max_points", item.max_points),
        ("veto_points", item.veto_points),
    ]
    pairs += [("rule", r.points), ("rule", r.low), ("rule", r.high), ("step", r.step), ("cap", r.cap)]
    pairs += [("rule", t) for t in r.tiers] + [("rule", p) for _, p in r.levels]
    return pairs


def _band_problems(s: Standard, origin: Origin) -> list[UserError]:
    bands = s.bands
    out: list[UserError] = []

    def bad(problem: str, index: int | None = None) -> None:
        at = origin.setting("bands") if index is None else origin.band(index)
        out.append(InvalidStandard(where=at, problem=problem))

    if not MIN_BANDS <= len(bands) <= MAX_BANDS:
        bad(f"等次应有 {MIN_BANDS} 至 {MAX_BANDS} 个（现有 {len(bands)} 个）")
    seen: set[str] = set()
    for n, band in enumerate(bands):
        if not band.label.strip():
            bad("等次名称不能为空", n)
        elif band.label in seen:
            bad(f"等次名称“{band.label}”重复", n)
        seen.add(band.label)
        above = bands[n - 1] if n else None
        if above is not None and band.minimum >= above.minimum:
            problem = f"“{band.label}”的最低分 {fmt(band.minimum)} 分不低于上一等次“{above.label}”的"
            bad(f"等次须按最低分从高到低排列：{problem} {fmt(above.minimum)} 分", n)
    if bands and bands[-1].minimum != 0:
        bad(f"最低一个等次“{bands[-1].label}”的最低分应为 0（现为 {fmt(bands[-1].minimum)}）", len(bands) - 1)
    return out


def validate_standard(s: Standard, *, origin: Origin | None = None, source: str = "") -> list[str]:
    """Raise UserErrors naming every hard problem; return the warnings the user should read."""
    origin = origin or Origin()
    errors: list[UserError] = []
    if not s.name.strip():
        errors.append(InvalidStandard(where=origin.setting("name"), problem="标准名称不能为空"))
    if s.declared_total <= 0:
        errors.append(InvalidStandard(where=origin.setting("declared_total"), problem="标准总分必须大于 0"))
    elif not s.declared_total.is_finite() or s.declared_total > MAX_POINTS:
        problem = f"标准总分“{s.declared_total}”超出范围：应在 0 至 {fmt(MAX_POINTS)} 分之间"
        errors.append(InvalidStandard(where=origin.setting("declared_total"), problem=problem))
    if s.bonus_cap is not None and s.bonus_cap.is_finite() and s.bonus_cap > MAX_POINTS:
        problem = f"加分总上限超出范围：应在 0 至 {fmt(MAX_POINTS)} 分之间"
        errors.append(InvalidStandard(where=origin.setting("bonus_cap"), problem=problem))
    if s.kind not in STANDARD_KINDS:
        problem = f"类型“{s.kind}”无法识别（可选：{'、'.join(STANDARD_KINDS.values())}）"
        errors.append(InvalidStandard(where=origin.setting("kind"), problem=problem))
    if s.bonus_cap is not None and s.bonus_cap <= 0:
        errors.append(InvalidStandard(where=origin.setting("bonus_cap"), problem="加分总上限必须大于 0"))
    unknown = [c for c in s.case_types if c not in CASE_TYPES]
    if unknown:
        problem = f"适用案件类型“{'、'.join(unknown)}”无法识别（可选：{'、'.join(CASE_TYPES.values())}）"
        errors.append(InvalidStandard(where=origin.setting("case_types"), problem=problem))
    errors += _band_problems(s, origin)
    if not any(not i.bonus for i in s.point_items):
        errors.append(
            InvalidStandard(
                where=where(origin.items_sheet), problem="没有任何计分项目（否决项、加分项以外的项目）"
            )
        )
    labels = [b.label for b in s.bands]
    first: dict[str, int] = {}
    for n, item in enumerate(s.items):
        if item.key in first:
            row = origin.item_row(first[item.key])
            problem = f"项目编号“{item.key}”重复" + (f"，与第 {row} 行相同" if row else "")
            errors.append(InvalidStandard(where=origin.item(n, "key"), problem=problem))
        first.setdefault(item.key, n)
        for column, problem in _item_problems(s, item, labels):
            errors.append(
                InvalidStandard(where=origin.item(n, column), problem=f"评查项目「{item.text}」{problem}")
            )
    if errors:
        raise UserErrors(errors, source=source)
    return _warnings(s)


def _warnings(s: Standard) -> list[str]:
    warnings: list[str] = []
    if s.items_max != s.declared_total:
        total = f"各项分值合计 {fmt(s.items_max)} 分，与标准总分 {fmt(s.declared_total)} 分不一致"
        if s.scale_to_total:
            warnings.append(total + f"，已按公布的分值保留，评分时折算为 {fmt(s.declared_total)} 分制")
        else:
            warnings.append(total + "，已按公布的分值保留")
    for item in s.point_items:
        warnings += _rule_warnings(item)
    caps = [i for i in s.veto_items if s.effect_of(i) is VetoEffect.CAP_GRADE and i.cap_grade is None]
    if caps and len(s.bands) > 1:
        warnings.append(f"{len(caps)} 个“等次封顶”否决项未填写封顶等次，按“{s.bands[1].label}”处理")
    if s.bonus_cap is not None and not s.bonus_items:
        warnings.append(f"设置了加分总上限 {fmt(s.bonus_cap)} 分，但没有加分项")
    if s.na_policy is not NaPolicy.FULL_MARKS and not any(i.na_allowed for i in s.point_items):
        warnings.append(f"不适用项处理方式为“{NA_POLICIES[s.na_policy]}”，但没有项目可标记为不适用")
    return warnings
