"""Fonts shipped with ltsupport (DejaVu Sans; licence in LICENSE-DejaVu.txt), loaded at start
so every machine prints the same text."""
