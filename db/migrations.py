"""Numbered schema steps, applied in order. Never edit a step that has shipped; add the next one.

Each step's body is its own module under db/steps/; this module names them in order, and its `migrations`
(`pending`, `apply`) is what opening a database runs.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

from db.steps.s0001_initial import initial
from db.steps.s0002_attachment import attachment
from db.steps.s0003_draw_and_assignment import draw_and_assignment
from db.steps.s0004_campaign_settings_arbitration_notices import campaign_settings_arbitration_notices
from db.steps.s0005_rectification import rectification
from db.steps.s0006_exchange import exchange
from db.steps.s0007_normalised_keys import normalised_keys
from db.steps.s0008_audit_chain import audit_chain
from db.steps.s0009_accounts import accounts
from db.steps.s0010_campaign_closing import campaign_closing
from db.steps.s0011_office_profile import office_profile
from db.steps.s0012_subject_order import subject_order

SCHEMA_VERSION = 12  # one more with every step
migrations = Migrations("workbench")

STEPS = (
    ("0001_initial", initial),
    ("0002_attachment", attachment),
    ("0003_draw_and_assignment", draw_and_assignment),
    ("0004_campaign_settings_arbitration_notices", campaign_settings_arbitration_notices),
    ("0005_rectification", rectification),
    ("0006_exchange", exchange),
    ("0007_normalised_keys", normalised_keys),
    ("0008_audit_chain", audit_chain),
    ("0009_accounts", accounts),
    ("0010_campaign_closing", campaign_closing),
    ("0011_office_profile", office_profile),
    ("0012_subject_order", subject_order),
)
for _name, _step in STEPS:
    migrations(name=_name)(_step)
