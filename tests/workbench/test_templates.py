"""公文模板: shipped texts, the office's own wording, and the checks that keep a bad template out."""

from __future__ import annotations

import pytest

from db.repos import templates as repo
from workbench.common.changes import Changes
from workbench.exports.template_catalogue import (
    SHIPPED,
    TEMPLATES,
    UnknownTemplate,
    placeholders,
    shipped_text,
)
from workbench.exports.templates import (
    BadTemplateText,
    BrokenBraces,
    UnknownPlaceholder,
    check_templates,
    deadline_days,
    is_customised,
    paragraphs,
    render,
    reset_template,
    save_template,
    template_text,
)


def _values(name: str) -> dict[str, str]:
    return {p: f"<{p}>" for p in placeholders(name)}


def _audit(db) -> list[dict]:
    return list(db["audit_log"].rows_where("table_name = 'document_template'", order_by="at"))


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_shipped_template_is_valid_and_renders(db, name):
    text = render(db, name, _values(name))
    assert text.strip()
    assert "{" not in text
    assert "}" not in text


def test_shipped_files_and_readme_document_every_template():
    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    assert {p.stem for p in SHIPPED.glob("*.txt")} == set(TEMPLATES)
    for name, spec in TEMPLATES.items():
        assert f"`{name}.txt`" in readme
        for placeholder in spec.placeholders:
            assert f"`{{{placeholder}}}`" in readme


def test_the_notice_wording_covers_reply_and_recheck(db):
    reply = render(db, "notice_reply", _values("notice_reply"))
    for words in ("<单位>名义", "书面报告", "公章", "一事一文", "证明材料", "<截止日期>"):
        assert words in reply
    assert "10日内" in render(db, "notice_objection", _values("notice_objection"))
    assert deadline_days(db) == 15


def test_an_office_text_replaces_the_shipped_one_and_reset_brings_it_back(db):
    save_template(db, "notice_requirements", "请{单位}于{截止日期}前整改。\n\n第二段。", author="科员")
    assert is_customised(db, "notice_requirements")
    text = render(db, "notice_requirements", {"单位": "市交通运输局", "截止日期": "2026年12月10日"})
    assert paragraphs(text) == ["请市交通运输局于2026年12月10日前整改。", "第二段。"]
    assert [r["action"] for r in _audit(db)] == ["save"]

    reset = reset_template(db, "notice_requirements", author="科员")
    assert reset.value == shipped_text("notice_requirements")
    assert reset.changes == Changes.of(settings=["notice_requirements"])
    assert not is_customised(db, "notice_requirements")
    assert template_text(db, "notice_requirements") == shipped_text("notice_requirements")
    assert [r["action"] for r in _audit(db)] == ["save", "reset"]


def test_a_save_returns_the_text_stored_and_the_setting_it_changed(db):
    done = save_template(db, "issuer", "  鄂州市司法局  ", author="科员")
    assert done.value == "鄂州市司法局"
    assert done.changes == Changes.of(settings=["issuer"])  # screens showing this template refresh


def test_a_reset_of_a_shipped_text_changes_nothing(db):
    done = reset_template(db, "copies_to", author="科员")
    assert done.value == shipped_text("copies_to")
    assert not done.changes  # nobody is told to refresh: nothing was stored
    assert _audit(db) == []


def test_saving_twice_keeps_one_row(db):
    save_template(db, "issuer", "鄂州市司法局", author="a")
    save_template(db, "issuer", "  鄂州市司法局（印）  ", author="b")
    assert db["document_template"].count == 1
    assert template_text(db, "issuer") == "鄂州市司法局（印）"


def test_an_unknown_placeholder_is_refused_naming_template_and_placeholder(db):
    with pytest.raises(UnknownPlaceholder) as caught:
        save_template(db, "notice_reply", "请于{截止日期}前报送{单位名称}。", author="科员")
    assert "反馈要求" in caught.value.message
    assert "{单位名称}" in caught.value.message
    assert "{截止日期}" in caught.value.message  # the allowed ones are listed
    assert db["document_template"].count == 0
    assert _audit(db) == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [("请{单位前整改", "{单位前整改"), ("整改}完毕", "整改}"), ("{单{位}}", "{单{位}")],
)
def test_broken_braces_are_refused(db, body, fragment):
    with pytest.raises(BrokenBraces) as caught:
        save_template(db, "notice_requirements", body, author="科员")
    assert fragment in caught.value.message
    assert "整改要求" in caught.value.message
    assert db["document_template"].count == 0


def test_doubled_braces_are_literal_text(db):
    save_template(db, "notice_requirements", "{{附件}}由{单位}填写", author="科员")
    assert render(db, "notice_requirements", {"单位": "市商务局"}) == "{附件}由市商务局填写"


@pytest.mark.parametrize(
    ("name", "body", "words"),
    [
        ("notice_requirements", "请｛单位｝整改", "全角花括号"),
        ("notice_opening", "   ", "不能为空"),
        ("issuer", "市司法局\n办公室", "只能有一行"),
        ("notice_deadline_days", "0", "1 至 365"),
        ("notice_deadline_days", "十五", "1 至 365"),
        ("notice_deadline_days", "366", "1 至 365"),
    ],
)
def test_other_bad_texts_are_refused(db, name, body, words):
    with pytest.raises(BadTemplateText) as caught:
        save_template(db, name, body, author="科员")
    assert words in caught.value.message
    assert db["document_template"].count == 0


def test_optional_templates_may_be_empty(db):
    save_template(db, "copies_to", "", author="科员")
    assert render(db, "copies_to", {}) == ""


def test_the_deadline_is_a_number_setting(db):
    save_template(db, "notice_deadline_days", "20", author="科员")
    assert deadline_days(db) == 20


def test_a_stored_text_gone_bad_is_caught_before_generating(db):
    repo.put(db, "contact", "联系人：{经办人}", author="旧版本")  # written before the placeholder set changed
    with pytest.raises(UnknownPlaceholder, match="经办人"):
        check_templates(db)
    with pytest.raises(UnknownPlaceholder):
        render(db, "contact", {"发文机关": "市司法局"})


def test_unknown_template_name(db):
    with pytest.raises(UnknownTemplate):
        save_template(db, "no_such", "x", author="a")
    with pytest.raises(UnknownTemplate):
        placeholders("no_such")
