"""Campaign screens: set-up, the draw (双随机), cross assignment and the progress dashboard."""

from ui.campaigns.assignment_dialog import AssignmentDialog
from ui.campaigns.dashboard_dialog import DashboardDialog
from ui.campaigns.draw_dialog import DrawDialog
from ui.campaigns.menu import CampaignMenu
from ui.campaigns.setup_dialog import CampaignSetupDialog

__all__ = ["AssignmentDialog", "CampaignMenu", "CampaignSetupDialog", "DashboardDialog", "DrawDialog"]
