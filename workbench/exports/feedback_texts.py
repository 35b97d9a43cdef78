"""The sentences of a department's feedback (评查反馈意见) or a unit's (督察反馈意见), PDF and Word alike.

The PDF writer (workbench.exports.pdf.feedback) and the Word context
(workbench.exports.docx.feedback_context) lay these out differently but print them from here, so the two
formats of one feedback say the same thing. Every figure comes from CampaignFigures.
"""

from __future__ import annotations

from workbench.exports.sentences import chinese_number, num_text, veto_sentence
from workbench.reporting.bonuses import file_bonuses
from workbench.reporting.figures import CampaignFigures, CommonProblem
from workbench.reporting.findings import Deduction
from workbench.reporting.wording import Wording, wording_for
from workbench.review.results import FileResult
from workbench.scoring import UnitResult

COMMON_TOP = 10  # the campaign's common problems a feedback quotes: those ranked 1 to 10


def where(reason: str, page: int | None) -> str:
    """A reason as written, with its page (（第3页）); an empty one says it was left empty."""
    text = reason.strip() or "（未填写理由）"
    return f"{text}（第{page}页）" if page is not None else text


def feedback_opening(figures: CampaignFigures, mine: CampaignFigures, w: Wording | None = None) -> str:
    """The feedback's first paragraph: on what basis whose files (or which unit) were reviewed."""
    w = w or wording_for(figures.campaign)
    if w.unit_subjects:
        return (
            f"根据{figures.campaign.name}工作安排，{w.team}依据《{figures.standard.name}》，"
            "对你单位法治政府建设情况进行了督察。现将督察情况反馈如下。"
        )
    return (
        f"根据{figures.campaign.name}工作安排，评查组按照《{figures.standard.name}》，"
        f"对你单位{len(mine.files)}卷行政执法案卷进行了评查。现将评查情况反馈如下。"
    )


def standing(figures: CampaignFigures, mine: CampaignFigures, department: str, w: Wording) -> str:
    """总体情况 of a department's files: mean, grade, rank, range, grades, vetoes, files not yet final."""
    unit = figures.unit(department)
    final = len(mine.final)
    if unit is None or not final:
        return f"你单位被评查案卷{len(mine.files)}卷，尚无已定分的案卷，暂不参加排名。"
    grades = "、".join(f"{label}{n}卷" for label, n in unit.grades.items())
    pending = len(mine.files) - final
    text = (
        f"你单位已定分案卷{unit.files}卷，平均分{num_text(unit.mean)}分，等次为{unit.grade}，"
        f"在{len(figures.units)}个被评查单位中排名第{unit.rank}位；最高分{num_text(unit.highest)}分，"
        f"最低分{num_text(unit.lowest)}分；其中{grades}。"
    )
    text += veto_sentence(mine, w)
    if pending:
        text += f"另有{pending}卷尚未定分，不计入平均分。"
    return text + "各案卷得分见下表。"


def unit_standing(
    figures: CampaignFigures, subject: FileResult | None, unit: UnitResult | None, w: Wording
) -> str:
    """总体情况 of a supervised unit: its score (bonus included), the vetoes that set its grade, its rank."""
    if subject is None or subject.result is None or unit is None:
        return "你单位的督察评分尚未完成，暂不参加排名。"
    result = subject.result
    bonus = f"（含加分{num_text(result.bonus)}分）" if result.bonus else ""
    veto = ""
    if result.vetoes:
        veto = f"因存在{'、'.join(f'“{it.text}”' for it in result.vetoes)}情形实行一票否决，"
    return (
        f"你单位督察得分{num_text(result.total)}分{bonus}，{veto}等次为{result.grade}，"
        f"在{len(figures.units)}个{w.unit_label}中排名第{unit.rank}位。各一级指标得分见下表。"
    )


def problem_heading(n: int, problem: CommonProblem) -> str:
    """The group row of an item in a department's problem list: files deducted and points lost."""
    return (
        f"（{chinese_number(n)}）{problem.item.text}（{problem.files}卷，共扣{num_text(problem.points)}分）"
    )


def unit_problems_lead(mine: CampaignFigures) -> str:
    return f"督察发现你单位 {len({d.item_key for d in mine.deductions})} 项指标存在问题，具体如下："


def indicator_reason(d: Deduction) -> str:
    """A unit's deduction: its reason and page, and what counted where the indicator ran out of points."""
    why = where(d.reason, d.page)
    if d.counted != d.points:
        why += f"（扣完为止，计{num_text(d.counted)}分）"
    return why


def bonus_lines(figures: CampaignFigures, subject: FileResult) -> list[str]:
    """加分情况: the bonus earned, then each bonus and the part of it that counts."""
    assert subject.result is not None
    out = [f"你单位获得加分{num_text(subject.result.bonus)}分："]
    for n, b in enumerate(file_bonuses(figures.standard, subject), start=1):
        counted = f"加{num_text(b.counted)}分"
        if b.counted != b.points:
            counted = f"记录{num_text(b.points)}分，受加分上限所限计{num_text(b.counted)}分"
        out.append(f"{n}. {b.item_text}（{counted}）：{where(b.reason, b.page)}。")
    return out


def common_lines(figures: CampaignFigures, mine: CampaignFigures) -> list[str]:
    """The campaign's most frequent problems (its top ranks) that this department shares; [] if none."""
    here = {p.item.key: p for p in mine.problems}
    shared = [(p, here[p.item.key]) for p in figures.problems if p.rank <= COMMON_TOP and p.item.key in here]
    if not shared:
        return []
    out = [f"本次评查中全部{len(figures.final)}卷已定分案卷出现较多的问题，你单位同样存在的有："]
    for n, (campaign, own) in enumerate(shared, start=1):
        out.append(
            f"{n}. {campaign.item.text}：全部案卷中{campaign.files}卷存在此问题，"
            f"占{num_text(campaign.share)}%，在常见问题中排第{campaign.rank}位；"
            f"你单位{own.files}卷。"
        )
    return out


def unit_common_lines(figures: CampaignFigures, mine: CampaignFigures) -> list[str]:
    """The round's indicators more than one unit failed (its top ranks) that this unit shares."""
    here = {p.item.key for p in mine.problems}
    shared = [p for p in figures.problems if p.rank <= COMMON_TOP and p.item.key in here and p.files > 1]
    if not shared:
        return []
    out = [f"本次督察全部 {len(figures.final)} 个已评分单位中问题较为集中的指标，你单位同样存在的有："]
    for n, p in enumerate(shared, start=1):
        out.append(
            f"{n}. {p.item.text}：{p.files} 个单位存在此问题，占 {num_text(p.share)}%，"
            f"在常见问题中排第 {p.rank} 位。"
        )
    return out


def feedback_closing(w: Wording) -> str:
    """The feedback's 整改要求: check every problem, and rectify as the notice to come says."""
    if w.unit_subjects:
        return (
            "请你单位对照上述问题逐项核查，深入分析原因，举一反三，健全完善相关制度和工作机制。"
            "具体整改事项、整改期限和报送要求，以另行下发的《整改通知书》为准，"
            "请按通知书要求按期整改，并以单位名义书面报送整改情况。"
        )
    return (
        "请你单位对照上述问题逐卷逐项核查，深入分析原因，举一反三，完善案卷制作和归档管理。"
        "具体整改事项、整改期限和报送要求，以评查组另行下发的《整改通知书》为准，"
        "请按通知书要求按期整改，并以单位名义书面报送整改情况。"
    )
