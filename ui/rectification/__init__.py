"""整改台账: the rectification ledger screen and the small forms of its steps."""

from ui.rectification.ledger_dialog import LedgerDialog
from ui.rectification.step_dialog import StepDialog

__all__ = ["LedgerDialog", "StepDialog"]
