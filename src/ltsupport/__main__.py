"""``python -m ltsupport`` starts the app."""

from ltsupport.app import main

if __name__ == "__main__":
    raise SystemExit(main())
