"""The standard workbook's layout, shared by import and export so that import(export(s)) == s.

Sheets: 评分项目 (one row per item), 设置 (name, type, totals, policies and the grade table) and 说明
(help). Case-file standards (评查标准) and supervision checklists (督察清单) share it; the 类型 setting
tells them apart.
A clerk can fill it in, and it carries everything the model holds. The layout is described in
docs/standards-workbook.md.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import IO

from workbench.standards.validate import CASE_TYPES, NA_POLICIES, SCORE_MODELS, STANDARD_KINDS

ITEMS_SHEET, SETTINGS_SHEET, HELP_SHEET = "评分项目", "设置", "说明"
# fmt: off
ITEM_COLUMNS = (  # (header, model field, width, required, help): the 说明 sheet shows the help
    ("序号", "", 6, "否", "仅供阅读，导入时忽略"),
    ("一级类别", "category", 16, "是", "如“基本标准”“案卷卷面标准”“立案阶段”；督察清单填一级指标"),
    ("二级类别", "", 18, "否", "如“询问笔录”；督察清单填二级指标；更深的层级用“ > ”连接"),
    ("评查内容", "text", 46, "是", "评查项目的文字；督察清单填三级指标（考核内容）"),
    ("分值", "max_points", 8, "是", "该项满分；否决项和加分项填 0 或不填"),
    ("扣分方式", "", 12, "是",
     "固定扣分 / 按处扣分 / 区间扣分 / 档次扣分 / 自由扣分 / 是否达标 / 分档计分 / 加分项 / 否决项"),
    ("扣分值", "rule", 14, "视方式",
     "固定、按处扣分填一个数，如 2；区间填“1-3”；档次填“10/5/2/1/0.5”；"
     "分档计分填“档名:得分”，用“/”分隔，如“专门机构:3/兼管:2/无:0”；加分项可填每项加分值，如 3"),
    ("步长", "step", 8, "否", "区间扣分、自由扣分和加分项的最小单位，不填为 0.5"),
    ("可不适用", "na_allowed", 10, "否", "是：评查人可将该项标为不适用；不填为否"),
    ("否决效果", "veto_effect", 14, "否", "仅否决项填写；不填按“设置”中的否决项默认效果"),
    ("封顶等次", "cap_grade", 10, "否", "否决效果为“等次封顶”时，触发后最高只能评到的等次"),
    ("否决扣分", "veto_points", 10, "否", "否决效果为“扣固定分”时扣的分数"),
    ("加分上限", "cap", 10, "视方式", "加分项必填：该项最多加的分数"),
    ("扣分标准原文", "", 46, "否", "公布的扣分标准原文，原样保留，供评查时对照"),
    ("佐证材料", "evidence", 30, "否", "督察清单：被检查单位应提供的佐证材料，如“年度工作要点及印发文件”"),
    ("项目编号", "key", 10, "否", "项目的固定编号；新增项目可不填，导入时自动编号"),
)
# fmt: on
HEADERS = tuple(c[0] for c in ITEM_COLUMNS)
REQUIRED = tuple(c[0] for c in ITEM_COLUMNS if c[3] == "是")
FIELD_COLUMNS = {c[1]: c[0] for c in ITEM_COLUMNS if c[1]}  # model field → column, for messages
# model field → (label in column A of 设置, hint in column C), in sheet order
SETTINGS = {
    "name": ("标准名称", "必填"),
    "kind": ("类型", " / ".join(STANDARD_KINDS.values()) + "；不填为评查标准"),
    "issuer": ("发布机关", "可不填"),
    "case_types": ("适用案件类型", "用顿号分隔：" + "、".join(CASE_TYPES.values()) + "；督察清单不填"),
    "declared_total": ("标准总分", "通常为 100；与各项分值合计不一致时导入会提示，但不会修改"),
    "bonus_cap": ("加分总上限", "各加分项合计最多加的分数；不填则只受各项加分上限限制"),
    "model": ("计分方式", " / ".join(SCORE_MODELS.values())),
    "na_policy": ("不适用项处理", " / ".join(NA_POLICIES.values())),
    "default_veto_effect": ("否决项默认效果", "否决项未填“否决效果”时采用"),
    "source_note": ("来源说明", "标准出处、缺漏情况等"),
    "scale_to_total": (
        "折算为百分制",
        "是：各项分值合计与标准总分不一致时，得分按比例折算到标准总分；不填为否",
    ),
}
BAND_HEADER = ("等次", "最低分")
BAND_ROW = len(SETTINGS) + 3  # the band table's header row: one blank row below the settings
DEFAULT_STEP = Decimal("0.5")  # the step a blank 步长 cell means, so export leaves it blank
HELP_NOTES = (  # (topic, value, meaning): one row each on the 说明 sheet
    ("扣分方式", "固定扣分", "发现问题扣一个固定分数（扣分值）"),
    ("", "按处扣分", "每发现一处扣一次扣分值，累计扣完该项分值为止"),
    ("", "区间扣分", "在区间内按步长酌情扣分，如“1-3”"),
    ("", "档次扣分", "从列出的档次中选一个，如“10/5/2/1/0.5”"),
    ("", "自由扣分", "扣分不超过该项分值，按步长扣分"),
    ("", "是否达标", "达标得该项全部分值，未达标不得分（如缺少佐证材料视为未开展工作）"),
    ("", "分档计分", "从列出的档次中选一档，得该档分数，如“专门机构:3/兼管:2/无:0”"),
    ("", "加分项", "不计入基本分；加分不超过该项“加分上限”，各项合计不超过“加分总上限”"),
    ("否决效果", "总分为零", "评查总分为 0 分，等次为最低一档"),
    ("", "扣除全部分数", "扣 100 分，不计负分"),
    ("", "评查不合格", "分数不变，等次定为最低一档（如“评查不及格”）"),
    ("", "等次封顶", "分数不变，等次不高于“封顶等次”"),
    ("", "扣固定分", "从总分中扣除“否决扣分”所填分数"),
    ("计分方式", "各项得分相加", "每项扣完为止，总分为各项得分之和"),
    ("", "总分减扣分", "标准总分减去全部扣分，最低 0 分"),
    ("不适用项处理", "按满分计", "不适用的项目按满分计算"),
    ("", "按比例折算", "按适用项目的满分折算到标准总分"),
    ("", "不计入", "不适用的项目不计入得分和满分"),
    ("类型", "评查标准", "案卷评查的评分标准"),
    ("", "督察清单", "法治政府建设督察、考核的指标清单：一级、二级类别为一级、二级指标，评查内容为三级指标"),
    ("导入", "", "逐格检查并列出所有问题（工作表、行、列）；有任何问题时不导入任何内容"),
)
Target = Path | IO[bytes]
