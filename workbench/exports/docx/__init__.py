"""Word (.docx) twins of the bulletin, the rectification notices and the feedback (docxtpl)."""
