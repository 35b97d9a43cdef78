"""Numbered schema steps. Never edit a step that has shipped; add the next one."""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from db.keys import identity_key
from db.records import BASELINE_START, GENESIS, TRACKED, audit_many, chain_hash, new_id, now, tracked

SCHEMA_VERSION = 11  # one more with every step
migrations = Migrations("workbench")

# Columns every record a user creates carries, so that work from several laptops merges cleanly.
RECORD = {"id": str, "created_at": str, "updated_at": str, "author": str}


def _table(db: Database, name: str, columns: dict, **kwargs) -> None:
    db.table(name).create(
        {**RECORD, **columns}, pk="id", not_null={"id", "created_at", "updated_at"}, **kwargs
    )


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    _table(db, "department", {"name": str, "code": str})
    db.table("department").create_index(["name"], unique=True)

    # A standard version is immutable once stored; `body` is its full JSON definition.
    _table(
        db,
        "standard",
        {"lineage_id": str, "version": int, "name": str, "issuer": str, "case_types": str, "body": str},
    )
    db.table("standard").create_index(["lineage_id", "version"], unique=True)

    _table(
        db,
        "case_file",
        {
            "case_number": str,
            "department_id": str,
            "title": str,
            "cause": str,
            "party": str,
            "officers": str,
            "case_type": str,
            "procedure": str,
            "filed_on": str,
            "closed_on": str,
            "amount_fen": int,
            "source_file": str,
        },
        foreign_keys=[("department_id", "department", "id")],
    )
    db.table("case_file").create_index(["case_number"], unique=True)
    db.table("case_file").create_index(["department_id"])

    _table(db, "reviewer", {"name": str, "department_id": str, "role": str})
    db.table("reviewer").create_index(["name"])

    _table(
        db,
        "campaign",
        {"name": str, "year": int, "standard_id": str, "status": str},
        foreign_keys=[("standard_id", "standard", "id")],
    )
    # The subjects a campaign scores: case files now, units under a checklist later.
    _table(
        db,
        "campaign_subject",
        {"campaign_id": str, "subject_kind": str, "subject_id": str, "selection": str},
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("campaign_subject").create_index(["campaign_id", "subject_kind", "subject_id"], unique=True)

    # One reviewer's (or the lead's final) scoring of one subject.
    _table(
        db,
        "score_sheet",
        {
            "campaign_id": str,
            "subject_id": str,
            "reviewer_id": str,
            "role": str,
            "status": str,
            "remarks": str,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("score_sheet").create_index(["campaign_id", "subject_id"])

    # A deduction, a veto finding or an N/A mark against one item of the frozen standard.
    _table(
        db,
        "score_entry",
        {
            "sheet_id": str,
            "item_key": str,
            "kind": str,
            "points": str,
            "count": int,
            "reason": str,
            "page": int,
        },
        foreign_keys=[("sheet_id", "score_sheet", "id")],
    )
    db.table("score_entry").create_index(["sheet_id"])

    db.table("audit_log").create(
        {
            "id": str,
            "at": str,
            "author": str,
            "table_name": str,
            "record_id": str,
            "action": str,
            "old_value": str,
            "new_value": str,
            "reason": str,
        },
        pk="id",
    )
    db.table("audit_log").create_index(["table_name", "record_id"])


@migrations(name="0002_attachment")
def _attachment(db: Database) -> None:
    # A scan (PDF or image) of a subject's file, copied into the data folder under its SHA-256.
    _table(
        db,
        "attachment",
        {
            "subject_id": str,
            "kind": str,
            "original_name": str,
            "stored_name": str,
            "sha256": str,
            "size": int,
            "pages": int,
        },
    )
    db.table("attachment").create_index(["subject_id"])


@migrations(name="0003_draw_and_assignment")
def _draw_and_assignment(db: Database) -> None:
    # 双随机: one published, reproducible draw of a campaign's files (the latest one is in force).
    _table(
        db,
        "draw",
        {
            "campaign_id": str,
            "seed": str,
            "algorithm": str,
            "params": str,  # JSON: quotas per department, share, minimum, maximum, unit-chosen files
            "population_hash": str,  # SHA-256 over the sorted 案号 of the population
            "population_size": int,
            "drawn": int,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("draw").create_index(["campaign_id"])
    db.table("campaign_subject").add_column("draw_id", str)
    db.table("campaign_subject").add_column("draw_rank", int)
    # Cross review: who scores which file; a reviewer never gets a file of their own department.
    _table(
        db,
        "assignment",
        {"campaign_id": str, "subject_id": str, "reviewer_id": str},
        foreign_keys=[("campaign_id", "campaign", "id"), ("reviewer_id", "reviewer", "id")],
    )
    db.table("assignment").create_index(["campaign_id", "subject_id", "reviewer_id"], unique=True)
    db.table("assignment").create_index(["reviewer_id"])
    # Declared conflicts (回避) beyond the own department: a department or a single file.
    _table(
        db,
        "conflict",
        {"reviewer_id": str, "department_id": str, "subject_id": str, "reason": str},
        foreign_keys=[("reviewer_id", "reviewer", "id")],
    )
    db.table("conflict").create_index(["reviewer_id"])


@migrations(name="0004_campaign_settings_arbitration_notices")
def _campaign_settings_arbitration_notices(db: Database) -> None:
    # Campaign set-up: 机关代字 for notice numbers, reviewers per file, the recheck rule (JSON), and
    # whether the campaign scores case files or units under a supervision checklist.
    db.table("campaign").add_column("doc_prefix", str)
    db.table("campaign").add_column("reviewers_per_file", int)
    db.table("campaign").add_column("recheck_rule", str)
    db.table("campaign").add_column("subject_kind", str)
    # The lead's item-by-item arbitration of a file whose reviewers disagree; the final entries live
    # in the lead's `final` score sheet, this table keeps each decision and its reason.
    _table(
        db,
        "arbitration",
        {
            "campaign_id": str,
            "subject_id": str,
            "item_key": str,
            "decision": str,  # agreed | reviewer | own
            "source_reviewer_id": str,
            "reason": str,
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("arbitration").create_index(["campaign_id", "subject_id", "item_key"], unique=True)
    # 整改通知书: numbered per issuer code (机关代字) and year, never reused; voided numbers stay.
    _table(
        db,
        "notice",
        {
            "campaign_id": str,
            "department_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "title": str,
            "issued_on": str,
            "deadline": str,
            "status": str,  # issued | void
            "body": str,  # JSON snapshot of what the notice lists
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("notice").create_index(["issuer", "year", "serial"], unique=True)
    db.table("notice").create_index(["campaign_id"])
    # The office's own wording of document templates (bulletin, notice...), overriding the shipped ones.
    _table(db, "document_template", {"name": str, "body": str})
    db.table("document_template").create_index(["name"], unique=True)


@migrations(name="0005_rectification")
def _rectification(db: Database) -> None:
    # 整改台账: one line per problem a notice lists, followed from issue to close-out (销号). Lines are
    # written with their notice; a voided notice's lines are void. Notices from v4 get theirs here,
    # from the snapshot in their body.
    _table(
        db,
        "rectification",
        {
            "notice_id": str,
            "campaign_id": str,
            "department_id": str,
            "line": int,  # 1, 2, ... within the notice, in the order it lists its problems
            "case_number": str,
            "item": str,
            "problem": str,
            "points": str,  # Decimal as text
            "deadline": str,
            "status": str,  # issued | reported | returned | verified | closed_out | void
            "reported_on": str,
            "report": str,  # summary of the unit's written reply
            "verified_on": str,
            "verifier": str,
            "verification": str,
            "closed_on": str,
            "closed_by": str,
            "reason": str,  # why it was returned, or the close-out note
        },
        foreign_keys=[("notice_id", "notice", "id"), ("campaign_id", "campaign", "id")],
    )
    db.table("rectification").create_index(["notice_id", "line"], unique=True)
    db.table("rectification").create_index(["campaign_id"])
    at = now()
    rows = []
    sql = "SELECT id, campaign_id, department_id, deadline, status, author, body FROM notice"
    for notice in db.query(sql):
        problems = json.loads(notice["body"] or "{}").get("problems", [])
        for line, problem in enumerate(problems, start=1):
            rows.append(
                {
                    "id": new_id(),
                    "created_at": at,
                    "updated_at": at,
                    "author": notice["author"],
                    "notice_id": notice["id"],
                    "campaign_id": notice["campaign_id"],
                    "department_id": notice["department_id"],
                    "line": line,
                    "case_number": problem.get("case_number", ""),
                    "item": problem.get("item", ""),
                    "problem": problem.get("reason", ""),
                    "points": problem.get("points"),
                    "deadline": notice["deadline"],
                    "status": "void" if notice["status"] == "void" else "issued",
                }
            )
    db.table("rectification").insert_all(rows)


@migrations(name="0006_exchange")
def _exchange(db: Database) -> None:
    # A campaign across laptops. On the organiser's master: the per-reviewer secret that
    # authenticates result packages, every package issued or merged, each merged sheet's origin,
    # conflicts to resolve and sheets kept aside. On a reviewer copy: the one binding row.
    _table(db, "exchange_key", {"campaign_id": str, "reviewer_id": str, "secret": str})
    db.table("exchange_key").create_index(["campaign_id", "reviewer_id"], unique=True)
    _table(
        db,
        "exchange_package",
        {
            "campaign_id": str,
            "reviewer_id": str,
            "kind": str,  # task | result
            "package_id": str,
            "sequence": int,
            "made_at": str,
            "merged_at": str,  # result packages: when merged into the master
            "summary": str,  # JSON
        },
    )
    db.table("exchange_package").create_index(["package_id", "kind"], unique=True)
    db.table("exchange_package").create_index(["campaign_id", "reviewer_id"])
    # The sheet as it stood when a task package was issued (base) and as a result package left it
    # (merged): a later result applies only over one of these, anything else is a conflict.
    _table(
        db,
        "exchange_sheet",
        {
            "sheet_id": str,
            "campaign_id": str,
            "reviewer_id": str,
            "subject_id": str,
            "base_hash": str,
            "base_sequence": int,  # the task package that recorded the base
            "merged_hash": str,
            "result_sequence": int,
        },
    )
    db.table("exchange_sheet").create_index(["campaign_id", "reviewer_id", "subject_id"], unique=True)
    _table(
        db,
        "exchange_conflict",
        {
            "campaign_id": str,
            "subject_id": str,
            "reviewer_id": str,
            "package_id": str,
            "kind": str,  # conflict | aside
            "master": str,  # JSON: the master's version of the sheet (conflicts)
            "incoming": str,  # JSON: the reviewer's version
            "status": str,  # open | kept_master | took_reviewer
            "resolved_by": str,
            "resolved_at": str,
        },
    )
    db.table("exchange_conflict").create_index(["campaign_id", "status"])
    _table(
        db,
        "exchange_binding",
        {
            "campaign_id": str,
            "reviewer_id": str,
            "reviewer_name": str,
            "secret": str,
            "task_package_id": str,
            "task_sequence": int,
            "result_sequence": int,
        },
    )


@migrations(name="0007_normalised_keys")
def _normalised_keys(db: Database) -> None:
    # The look-alike-proof key (db/keys.py) of each identifier people type, so that （２０２６） and (2026),
    # or a name with a zero-width space, find the record already stored. Not unique: files imported
    # before this step may already hold two look-alikes, and the importers report them.
    for table, column, key in (
        ("case_file", "case_number", "case_key"),
        ("department", "name", "name_key"),
        ("reviewer", "name", "name_key"),
    ):
        db.table(table).add_column(key, str)
        rows = db.execute(f"SELECT id, {column} FROM {table}").fetchall()  # noqa: S608 (constant names)
        db.conn.executemany(
            f"UPDATE {table} SET {key} = ? WHERE id = ?",  # noqa: S608
            [(identity_key(value or ""), id_) for id_, value in rows],
        )
        db.table(table).create_index([key])


@migrations(name="0008_audit_chain")
def _audit_chain(db: Database) -> None:
    # The audit log becomes a hash chain (db/records.py): rows so far are chained in the order they were
    # written, then every row of the tables `audit verify` checks is recorded as it stands ("baseline"),
    # so that from this upgrade on a change made outside the workbench shows.
    db.table("audit_log").add_column("seq", int)
    db.table("audit_log").add_column("prev_hash", str)
    db.table("audit_log").add_column("hash", str)
    prev = GENESIS
    cols = ("id", "at", "author", "table_name", "record_id", "action", "old_value", "new_value", "reason")
    sql = f"SELECT {', '.join(cols)} FROM audit_log ORDER BY at, rowid"  # noqa: S608
    updates = []
    for seq, values in enumerate(db.execute(sql).fetchall(), start=1):
        row = {"seq": seq, **dict(zip(cols, values, strict=True))}
        digest = chain_hash(prev, row)
        updates.append((seq, prev, digest, row["id"]))
        prev = digest
    db.conn.executemany("UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?", updates)
    db.table("audit_log").create_index(["seq"], unique=True)
    for table, fields in TRACKED.items():
        sql = f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY created_at, id"  # noqa: S608
        cursor = db.execute(sql)
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
        if not (rows or updates):  # a new database: nothing to record
            continue
        audit_many(
            db,
            author="系统升级",
            table=table,
            action=BASELINE_START,
            changes=[("*", None, {"rows": len(rows)})],
        )
        audit_many(
            db,
            author="系统升级",
            table=table,
            action="baseline",
            changes=[(r["id"], None, tracked(table, r)) for r in rows],
        )


@migrations(name="0009_accounts")
def _accounts(db: Database) -> None:
    # An account lets one person (a reviewer row: name, department) sign in: their roles (comma-separated
    # admin / lead / reviewer), an argon2 hash of the password (never the password), whether it is
    # disabled, and the run of wrong passwords that delays the next try (held here so it binds every
    # process). A database without accounts is used by one person, as before.
    _table(
        db,
        "account",
        {
            "reviewer_id": str,
            "roles": str,
            "password_hash": str,
            "disabled": int,
            "failed_tries": int,
            "locked_until": str,
        },
        foreign_keys=[("reviewer_id", "reviewer", "id")],
    )
    db.table("account").create_index(["reviewer_id"], unique=True)


@migrations(name="0010_campaign_closing")
def _campaign_closing(db: Database) -> None:
    # A campaign may let a deduction go without a reason (the default requires one: the documents quote
    # it). Closing a campaign locks it (status "closed"); who closed or reopened it and why go into the
    # audit log, the latest closing here.
    db.table("campaign").add_column("reasons_optional", int)
    db.table("campaign").add_column("closed_at", str)
    db.table("campaign").add_column("closed_by", str)


@migrations(name="0011_office_profile")
def _office_profile(db: Database) -> None:
    # The issuing office (发文机关) every numbered document names and signs: one row, id "office".
    # Notices and bulletins are refused until it is filled in, so no ×× placeholder is ever signed.
    _table(db, "office_profile", {"name": str, "contact": str, "address": str})
    # A campaign's bulletin (通报) takes its 发文字号 from the same per-issuer, per-year counter as the
    # notices (db/repos/notices.next_serial reads both tables); one bulletin in force per campaign.
    _table(
        db,
        "bulletin",
        {
            "campaign_id": str,
            "issuer": str,
            "year": int,
            "serial": int,
            "number": str,
            "issued_on": str,
            "status": str,  # issued | void
        },
        foreign_keys=[("campaign_id", "campaign", "id")],
    )
    db.table("bulletin").create_index(["issuer", "year", "serial"], unique=True)
    db.table("bulletin").create_index(["campaign_id"])
