"""Translations: Qt Linguist sources (``ltsupport_fr.ts``) and the compiled ``.qm`` files the app
loads. Refresh them with ``make translations``."""
