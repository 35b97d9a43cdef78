"""交叉评查分配: the solver (pure), the service, reviewers and their declared conflicts (回避)."""
