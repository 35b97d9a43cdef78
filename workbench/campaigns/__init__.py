"""评查活动 and 督察轮次: set-up, the frozen standard, the departments or units in scope, the recheck rule."""
