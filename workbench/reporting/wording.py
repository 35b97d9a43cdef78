"""The words the outputs use for what was scored: case files in a review, units in a supervision round.

A case review (评查) scores case files (案卷) of departments; a supervision round (督察) scores the units
themselves against a checklist of indicators (指标). The workbook, the PDFs and the file names take
every such word from one Wording, so no writer asks which kind of campaign it serves; where the
layout differs (a case file has a party and a type, a unit has neither) the Wording says so too.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.standards.model import Item


@dataclass(frozen=True)
class Wording:
    subject: str  # what is scored, counted: 案卷 / 单位
    measure: str  # its measure word: 卷 / 个
    counted_noun: str  # after a count in running text: "" (12卷) / 单位 (4个单位)
    scope_noun: str  # what a review covers, in running text: 案卷 / 被督察单位
    subject_id_label: str  # the column naming each scored subject: 案号 / 被督察单位
    unit_label: str  # the organisation a subject belongs to: 单位 / 被督察单位
    review: str  # the activity: 评查 / 督察
    scope_label: str  # how many subjects are under review: 评查案卷数 / 被督察单位数
    reviewer: str  # who scores: 评查人 / 督察人员
    campaign_label: str  # 评查活动 / 督察轮次
    standard_label: str  # 评查标准 / 督察清单
    category_label: str  # 类别 / 一级指标
    item_label: str  # 评查项目 / 指标
    items_heading: str  # the sheet's item table heading: 评查项目 / 督察指标
    sheet_title: str  # 行政执法案卷评查表 / 督察评分表
    sheet_file: str  # 评查表 / 督察评分表 (file name prefix)
    feedback_title: str  # 行政执法案卷评查反馈意见 / 督察反馈意见
    feedback_file: str  # 评查反馈意见 / 督察反馈意见
    bulletin_file: str  # 评查通报 / 督察情况通报
    results_file: str  # the workbook's name suffix: 评查结果 / 督察结果
    scores_sheet: str  # the workbook's per-subject sheet: 案卷得分 / 单位得分
    team: str  # who signs a feedback: 评查组 / 督察组
    remarks_label: str  # 评语 / 督察意见
    failed_label: str  # the mark of a subject a veto failed: 不合格卷 / 一票否决
    notice_title_pattern: str  # with {单位}
    chart_caption: str  # the bulletin's grade chart
    example_pattern: str  # a typical problem's source in the bulletin, with {subject}
    template_prefix: str  # the office templates of this kind: "" or "round_" (see documents.templates)
    unit_subjects: bool  # each unit is one scored subject (no 案号, party or case type): per-unit layouts

    @property
    def sheets(self) -> tuple[str, str, str, str, str]:
        """The workbook's sheet names, in order."""
        return ("汇总", "单位排名", self.scores_sheet, "扣分明细", "常见问题")

    def count(self, n: int) -> str:
        """12卷 / 4个: a number of subjects after their noun (优秀12卷, 优秀4个)."""
        return f"{n}{self.measure}"

    def many(self, n: int) -> str:
        """12卷 / 4个单位: a number of subjects standing alone in a sentence."""
        return f"{n}{self.measure}{self.counted_noun}"

    def category_of(self, item: Item) -> str:
        """An item's category as the outputs name it: the whole path for case files, the 一级 indicator
        of a checklist (二级 and 三级 are the item itself)."""
        if self.unit_subjects:
            return item.category[0] if item.category else ""
        return item.category_path

    def notice_title(self, department: str, *, supplement: bool = False) -> str:
        """整改通知 title; a supplementary notice (files finalised after the first one) is a 补充通知."""
        title = self.notice_title_pattern.replace("{单位}", department)
        return title.removesuffix("的通知") + "的补充通知" if supplement else title

    def template(self, name: str, known: Container[str]) -> str:
        """The office template this kind uses for `name`: its own variant (round_…) when `known` has one."""
        own = f"{self.template_prefix}{name}"
        return own if self.template_prefix and own in known else name


CASE_WORDING = Wording(
    subject="案卷",
    measure="卷",
    counted_noun="",
    scope_noun="案卷",
    subject_id_label="案号",
    unit_label="单位",
    review="评查",
    scope_label="评查案卷数",
    reviewer="评查人",
    campaign_label="评查活动",
    standard_label="评查标准",
    category_label="类别",
    item_label="评查项目",
    items_heading="评查项目",
    sheet_title="行政执法案卷评查表",
    sheet_file="评查表",
    feedback_title="行政执法案卷评查反馈意见",
    feedback_file="评查反馈意见",
    bulletin_file="评查通报",
    results_file="评查结果",
    scores_sheet="案卷得分",
    team="评查组",
    remarks_label="评语",
    failed_label="不合格卷",
    notice_title_pattern="关于{单位}行政执法案卷评查问题整改的通知",
    chart_caption="案卷评查等级分布",
    example_pattern="如{subject}案卷",
    template_prefix="",
    unit_subjects=False,
)

ROUND_WORDING = Wording(
    subject="单位",
    measure="个",
    counted_noun="单位",
    scope_noun="被督察单位",
    subject_id_label="被督察单位",
    unit_label="被督察单位",
    review="督察",
    scope_label="被督察单位数",
    reviewer="督察人员",
    campaign_label="督察轮次",
    standard_label="督察清单",
    category_label="一级指标",
    item_label="指标",
    items_heading="督察指标",
    sheet_title="督察评分表",
    sheet_file="督察评分表",
    feedback_title="督察反馈意见",
    feedback_file="督察反馈意见",
    bulletin_file="督察情况通报",
    results_file="督察结果",
    scores_sheet="单位得分",
    team="督察组",
    remarks_label="督察意见",
    failed_label="一票否决",
    notice_title_pattern="关于{单位}法治政府建设督察发现问题整改的通知",
    chart_caption="被督察单位等次分布",
    example_pattern="如{subject}",
    template_prefix="round_",
    unit_subjects=True,
)

_BY_KIND = {SubjectKind.CASE_FILE: CASE_WORDING, SubjectKind.UNIT: ROUND_WORDING}


def wording_for(campaign: Campaign) -> Wording:
    """The campaign's vocabulary: a supervision round's (subject kind "unit") or a case review's."""
    return _BY_KIND.get(campaign.subject_kind, CASE_WORDING)
