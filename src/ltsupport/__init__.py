"""ltsupport: offline, encrypted long-term support planning for shelter staff."""

__version__ = "0.1.0"
