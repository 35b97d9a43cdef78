"""GUI entry: `python main.py --db PATH`."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
