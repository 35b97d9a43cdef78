"""The bundle's one entry point: `workbench` is the command line, `workbench-gui` the desktop app.

PyInstaller builds both executables from this file (one analysis, one folder); the executable's own
name picks the interface, as the wheel's two entry points do.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.executable).stem.lower() == "workbench":
        from workbench.cli.main import main
    else:
        from ui.app import main
    raise SystemExit(main())
