"""What the CLI and the screens call: import a standard file, store versions, find and load them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db.records import new_id
from db.repos import standards as repo
from workbench.accounts import require
from workbench.common.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from workbench.common.kinds import Role
from workbench.standards.model import CASE_FILE, CHECKLIST, Standard, standard_from_dict, standard_to_dict
from workbench.standards.validate import ImportedStandard, UnreadableFile, fmt, validate_standard

__all__ = [
    "ImportedStandard",
    "StandardSummary",
    "export_standard",
    "import_standard_file",
    "latest_version",
    "list_standards",
    "load_standard",
    "report_lines",
    "resolve_standard_id",
    "save_imported",
    "save_standard",
    "standard_versions",
]

WHAT = "评分标准"
MIN_PREFIX = 6


class AmbiguousStandard(UserError):
    code = "ambiguous_standard"
    template = QT_TRANSLATE_NOOP("UserError", "“{key}”对应多个评分标准，请给出更长的编号：{ids}")


class PrefixTooShort(UserError):
    code = "standard_prefix_too_short"
    template = QT_TRANSLATE_NOOP("UserError", "评分标准编号“{key}”太短：编号前缀至少要有 {length} 位。")


@dataclass(frozen=True)
class StandardSummary:
    """One stored version as lists show it."""

    id: str
    name: str
    issuer: str
    version: int
    lineage_id: str
    items: int
    vetoes: int
    created_at: str
    kind: str = CASE_FILE  # CASE_FILE (评查标准) or CHECKLIST (督察清单)


# --- files ----------------------------------------------------------------------------------------------


def import_standard_file(path: Path, *, name: str | None = None) -> ImportedStandard:
    """Read a .csv in the published plain shape or an .xlsx standard workbook; nothing is stored."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from workbench.standards.plain_csv import read_plain_csv  # the spreadsheet readers: not at start-up

        return read_plain_csv(path, name=name)
    if suffix == ".xlsx":
        from workbench.standards.workbook_read import read_workbook  # openpyxl: 120 ms, not at start-up

        return read_workbook(path, name=name)
    why = "只能导入 .xlsx 评分标准工作簿或 .csv 文件" + (
        "（.xls 请在 Excel 中另存为 .xlsx）" if suffix == ".xls" else ""
    )
    raise UnreadableFile(name=path.name, why=why)


def export_standard(standard: Standard, path: Path) -> None:
    """Write a standard as the app's workbook, which imports back unchanged."""
    from workbench.standards.workbook_write import export_workbook  # openpyxl: 120 ms, not at start-up

    export_workbook(standard, Path(path))


def report_lines(imported: ImportedStandard) -> list[str]:
    """What the user reads after an import: counts, the total check, items read as free deduction."""
    s = imported.standard
    if s.kind == CHECKLIST:
        base = len(s.point_items) - len(s.bonus_items)
        lines = [
            f"督察清单“{s.name}”：共 {len(s.items)} 个指标，其中计分指标 {base} 个，"
            f"加分项 {len(s.bonus_items)} 个，否决项 {len(s.veto_items)} 个。",
            f"计分指标分值合计 {fmt(s.items_max)} 分，标准总分 {fmt(s.declared_total)} 分，"
            f"加分最多 {fmt(s.bonus_max)} 分。",
        ]
    else:
        lines = [
            f"评分标准“{s.name}”：共 {len(s.items)} 个项目，其中计分项目 {len(s.point_items)} 个，"
            f"否决项 {len(s.veto_items)} 个。",
            f"计分项目分值合计 {fmt(s.items_max)} 分，标准总分 {fmt(s.declared_total)} 分。",
        ]
    lines += imported.warnings
    if imported.fallbacks:
        lines.append(
            f"以下 {len(imported.fallbacks)} 个项目未能从扣分标准文字中识别扣分方式，"
            "按“自由扣分（不超过该项分值）”处理："
        )
        lines += [f"  {n}. {text}（{why}）" for n, (text, why) in enumerate(imported.fallbacks, start=1)]
    return lines


# --- storage --------------------------------------------------------------------------------------------


def save_standard(
    db: Database, standard: Standard, *, author: str, lineage_id: str | None = None
) -> Standard:
    """Store a new version (version 1 of a new lineage unless `lineage_id`); stored versions never change."""
    validate_standard(standard, source=f"评分标准“{standard.name}”")
    require(db, author, Role.ADMIN)
    row = repo.insert_version(
        db,
        body=standard_to_dict(standard),
        name=standard.name,
        issuer=standard.issuer,
        case_types=standard.case_types,
        lineage_id=lineage_id or new_id(),
        author=author,
    )
    return standard.with_identity(id=row.id, lineage_id=row.lineage_id, version=row.version)


_parsed: dict[tuple, Standard] = {}


class StoredStandardDamaged(UserError):
    code = "stored_standard_damaged"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "数据库中保存的评分标准“{name}”已损坏，无法读取。请用数据库的备份恢复，或重新导入该评分标准。",
    )


def _name_of(row: repo.StandardRow) -> str:
    try:
        return str(json.loads(row.body).get("name") or row.id)
    except (ValueError, AttributeError):
        return row.id


def _from_row(row: repo.StandardRow) -> Standard:
    """The stored version as a Standard. Versions never change, so each is parsed once per process and
    every screen and export shares one object (and the engine's plan built for it)."""
    key = (row.id, row.lineage_id, row.version, row.body)
    standard = _parsed.get(key)
    if standard is None:
        if len(_parsed) > 32:
            _parsed.clear()
        try:
            body = standard_from_dict(json.loads(row.body))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:  # JSONDecodeError is a ValueError
            # we wrote this text after checking it: what no longer parses was damaged on disk
            raise StoredStandardDamaged(name=_name_of(row)) from exc
        standard = _parsed[key] = body.with_identity(
            id=row.id, lineage_id=row.lineage_id, version=row.version
        )
    return standard


def load_standard(db: Database, standard_id: str) -> Standard:
    row = repo.get(db, standard_id)
    if row is None:
        raise NotFound(what=WHAT, key=standard_id)
    return _from_row(row)


def latest_version(db: Database, lineage_id: str) -> Standard:
    """The newest version of a lineage: what a new campaign should freeze."""
    row = repo.latest(db, lineage_id)
    if row is None:
        raise NotFound(what=WHAT, key=lineage_id)
    return _from_row(row)


def _summary(row: repo.StandardRow) -> StandardSummary:
    body = json.loads(row.body)
    items = body["items"]
    vetoes = sum(1 for i in items if i.get("veto"))
    return StandardSummary(
        id=row.id,
        name=row.name,
        issuer=row.issuer or "",
        version=row.version,
        lineage_id=row.lineage_id,
        items=len(items),
        vetoes=vetoes,
        created_at=row.created_at,
        kind=body.get("kind") or CASE_FILE,
    )


def list_standards(db: Database) -> list[StandardSummary]:
    """Every stored version; the most recently saved standard first, its newest version first."""
    return [_summary(r) for r in repo.all_versions(db)]


def standard_versions(db: Database, lineage_id: str) -> list[StandardSummary]:
    """The versions of one standard, newest first."""
    return [_summary(r) for r in repo.versions(db, lineage_id)]


def resolve_standard_id(db: Database, text: str) -> str:
    """A full id, a unique id prefix (at least 6 characters) or an exact name (its latest version)."""
    key = text.strip()
    if key and repo.get(db, key) is not None:
        return key
    named = repo.with_name(db, key) if key else []
    if named:
        lineages = list(dict.fromkeys(r.lineage_id for r in named))
        if len(lineages) > 1:
            versions = "、".join(f"{r.id[:8]}（第{r.version}版）" for r in named)
            raise AmbiguousStandard(key=key, ids=versions)
        return named[0].id
    if len(key) < MIN_PREFIX:
        if key and repo.ids_with_prefix(db, key):
            raise PrefixTooShort(key=key, length=MIN_PREFIX)
        raise NotFound(what=WHAT, key=key)
    ids = repo.ids_with_prefix(db, key)
    if len(ids) > 1:
        raise AmbiguousStandard(key=key, ids="、".join(ids))
    if not ids:
        raise NotFound(what=WHAT, key=key)
    return ids[0]


def save_imported(db: Database, standard: Standard, *, author: str) -> Standard:
    """Store an imported standard: a new version of the stored standard of the same name, else version 1."""
    named = repo.with_name(db, standard.name)
    lineages = list(dict.fromkeys(r.lineage_id for r in named))
    return save_standard(db, standard, author=author, lineage_id=lineages[0] if len(lineages) == 1 else None)
