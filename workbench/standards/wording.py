"""Read a deduction rule from published Chinese wording (扣分标准) where the wording is regular.

Published tables state their rules in prose ("未使用规定的执法文书，扣2分", "每项扣1分", "扣1-3分").
The parser understands the regular shapes only; anything else is left to the caller, which falls back to
a free deduction up to the item maximum and tells the user which items it could not read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from workbench.standards.model import DeductionRule, RuleKind

_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_HALF = Decimal("0.5")

# An amount: Arabic (after NFKC, so full-width digits too), Chinese (两, 十五, 零点五) or 半.
_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|半)"
_DASH = r"(?:-|—|–|−|~|〜|至|到)+"  # NFKC has already turned ～ and － into ~ and -
_SEP = r"(?:、|/|,|或|和|及)"
_UNIT = r"(?:项|处|个|次|份|件|页|人|条)"
_CLAUSE_END = ",;:。!?"

_MENTION = re.compile(
    rf"(?P<tiers>扣除?{_NUM}分?(?:{_SEP}{_NUM}分?)+)(?<=分)"
    rf"|(?P<range>扣除?{_NUM}分?{_DASH}{_NUM}分)"
    rf"|(?P<per>每[^{_CLAUSE_END}]{{0,8}}?扣除?{_NUM}分|每{_UNIT}{_NUM}分|扣除?{_NUM}分/{_UNIT})"
    rf"|(?P<fixed>扣除?{_NUM}分)"
)
_AMOUNT = re.compile(_NUM + r"(?=分|$|" + _SEP + r"|" + _DASH + r"|/)")
_FLOOR = re.compile(r"扣完(?:该项|本项)?(?:分值|分数)?为止|不计负分|直至扣完|扣至0分|至0分为止")
_DISCRETION = re.compile(r"酌情扣分|酌情扣减|视情扣分")
_ALL_POINTS = re.compile(r"(?:该项|本项)?不得分|扣除?(?:该项|本项)(?:全部)?(?:分值|分数)")

EMPTY = "未给出扣分标准文字"
NO_AMOUNT = "扣分标准文字中没有可识别的扣分值"
SEVERAL = "扣分标准中有多个不同的扣分值或扣分方式"
PER_RANGE = "按处扣分的同时给出区间或档次，无法按单一方式记录"
BAD_AMOUNT = "扣分值无效（为 0，或区间下限不小于上限）"


@dataclass(frozen=True)
class Reading:
    """The outcome of reading one wording: a rule, or why none could be read."""

    rule: DeductionRule | None
    why: str = ""


def normalize(text: str) -> str:
    """Full-width to half-width, no whitespace: the form the patterns are written for."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(text.split()).replace("，", ",").replace("；", ";").replace("：", ":")


def chinese_number(token: str) -> Decimal | None:
    """'两' → 2, '十五' → 15, '零点五' → 0.5, '半' → 0.5, '3' → 3; None when it is not a number."""
    if token == "半":
        return _HALF
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return Decimal(token)
    whole, _, frac = token.partition("点")
    total, current = 0, 0
    for ch in whole:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current = 0
        else:
            return None
    value = Decimal(total + current)
    if frac:
        digits = [_CN_DIGITS.get(ch) for ch in frac]
        if None in digits:
            return None
        value += Decimal("0." + "".join(str(d) for d in digits))
    return value


def _amounts(fragment: str) -> tuple[Decimal, ...]:
    found = (chinese_number(m.group(0)) for m in _AMOUNT.finditer(fragment))
    return tuple(a for a in found if a is not None)


def _clause_before(text: str, start: int) -> str:
    cut = max(text.rfind(ch, 0, start) for ch in _CLAUSE_END)
    return text[cut + 1 : start]


def _range_step(low: Decimal, high: Decimal) -> Decimal:
    return _HALF if low % _HALF == 0 and high % _HALF == 0 else Decimal("0.1")


def _mention(kind: str, fragment: str, text: str, start: int) -> tuple[str, tuple[Decimal, ...]] | str:
    """One amount phrase as (kind, amounts), or the reason it cannot be recorded."""
    if kind == "per":
        fragment = fragment[fragment.find("扣") :] if "扣" in fragment else fragment
    amounts = _amounts(fragment.removeprefix("扣除").removeprefix("扣"))
    if kind in ("tiers", "range") and "每" in _clause_before(text, start):
        return PER_RANGE
    if not amounts or any(a <= 0 for a in amounts):
        return BAD_AMOUNT
    if kind == "tiers":
        amounts = tuple(dict.fromkeys(amounts))
        if len(amounts) < 2:
            return ("fixed", amounts)
    if kind == "range" and (len(amounts) != 2 or amounts[0] >= amounts[1]):
        return BAD_AMOUNT
    return (kind, amounts)


def _rule(kind: str, amounts: tuple[Decimal, ...]) -> DeductionRule:
    if kind == "fixed":
        return DeductionRule(RuleKind.FIXED, points=amounts[0])
    if kind == "per":
        return DeductionRule(RuleKind.PER_DEFECT, points=amounts[0])
    if kind == "range":
        low, high = amounts
        return DeductionRule(RuleKind.RANGE, low=low, high=high, step=_range_step(low, high))
    return DeductionRule(RuleKind.TIERS, tiers=amounts)


def read_wording(text: str, *, max_points: Decimal | None = None) -> Reading:
    """Read the rule a published wording states; `max_points` lets "不得分" mean a fixed full deduction."""
    t = normalize(text or "")
    if not t:
        return Reading(None, EMPTY)
    mentions: list[tuple[str, tuple[Decimal, ...]]] = []
    for m in _MENTION.finditer(t):
        kind = m.lastgroup or "fixed"
        got = _mention(kind, m.group(0), t, m.start())
        if isinstance(got, str):
            return Reading(None, got)
        mentions.append(got)
    rest = _DISCRETION.sub("", _FLOOR.sub("", t))
    if max_points is not None and max_points > 0 and _ALL_POINTS.search(rest):
        mentions.append(("fixed", (max_points,)))
    distinct = set(mentions)
    if len(distinct) > 1:
        return Reading(None, SEVERAL)
    if distinct:
        return Reading(_rule(*distinct.pop()))
    if rest != t and not re.search(_NUM + "分", rest):
        return Reading(DeductionRule(RuleKind.FREE))  # only "扣完为止" / "酌情扣分": free up to the maximum
    return Reading(None, NO_AMOUNT)


def parse_deduction(text: str, *, max_points: Decimal | None = None) -> DeductionRule | None:
    """The rule a wording states, or None when the wording is empty or not regular."""
    return read_wording(text, max_points=max_points).rule
