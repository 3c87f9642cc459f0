"""Jinja2 templates of the printed documents (autoescaped HTML for QTextDocument)."""
