"""评查表: recording deductions, veto findings and N/A marks, and the files' final results."""
