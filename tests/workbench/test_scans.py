"""Scans are copied into the data folder under their hash, once, and checked for tampering."""

from __future__ import annotations

import hashlib

import pytest

from workbench.common.changes import Changes
from workbench.common.workspace import Workspace
from workbench.review.scans import ScanRejected, attach_scan, data_folder, scans_for

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "review.sqlite", author="王评")
    yield ws
    ws.close()


def test_a_scan_is_copied_with_its_hash_and_the_original_may_go_away(workspace, tmp_path):
    original = tmp_path / "卷宗扫描.pdf"
    original.write_bytes(PDF)
    done = attach_scan(workspace, "case-1", original)
    assert done.changes == Changes.of(subjects=["case-1"])  # what changed: that file
    scan = done.value
    original.unlink()
    assert scan.path.parent == data_folder(workspace) / "scans"
    assert scan.path.read_bytes() == PDF
    assert scan.sha256 == hashlib.sha256(PDF).hexdigest()
    assert scan.intact()
    assert [s.original_name for s in scans_for(workspace, "case-1")] == ["卷宗扫描.pdf"]
    assert scans_for(workspace, "case-2") == []
    (audit,) = workspace.db["audit_log"].rows_where("table_name = 'attachment'")
    assert audit["author"] == "王评"


def test_attaching_the_same_scan_twice_records_it_once(workspace, tmp_path):
    first = tmp_path / "a.pdf"
    first.write_bytes(PDF)
    copy = tmp_path / "b.pdf"
    copy.write_bytes(PDF)
    once = attach_scan(workspace, "case-1", first)
    again = attach_scan(workspace, "case-1", copy)
    assert once.value == again.value
    assert not again.changes  # nothing new was recorded
    assert len(scans_for(workspace, "case-1")) == 1


def test_a_changed_stored_copy_is_no_longer_intact(workspace, tmp_path):
    original = tmp_path / "a.pdf"
    original.write_bytes(PDF)
    scan = attach_scan(workspace, "case-1", original).value
    scan.path.write_bytes(PDF + b"tampered")
    assert not scan.intact()


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [("卷宗.docx", b"PK\x03\x04", "只支持 PDF、PNG 和 JPG"), ("卷宗.pdf", b"<html>", "与扩展名不符")],
)
def test_other_files_are_refused_and_nothing_is_recorded(workspace, tmp_path, name, content, why):
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(ScanRejected, match=why):
        attach_scan(workspace, "case-1", bad)
    assert scans_for(workspace, "case-1") == []
    assert not (data_folder(workspace) / "scans").exists()
