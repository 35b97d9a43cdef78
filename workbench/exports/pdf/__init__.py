"""Chinese PDF documents that leave the office: evaluation sheets, feedback, bulletins, notices."""
