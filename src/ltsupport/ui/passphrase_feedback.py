"""Every warning and suggestion zxcvbn can give about a passphrase, marked for translation.

zxcvbn writes its feedback in English. The create screen shows one of its sentences under the
strength meter and translates it at run time with
``QCoreApplication.translate("PassphraseFeedback", sentence)``. ``lupdate`` cannot see those
strings (they are built inside zxcvbn), so this module repeats them, word for word, inside
``QT_TRANSLATE_NOOP`` markers: ``make translations`` then puts them in the catalogue under the
``PassphraseFeedback`` context, where translators can give them a French text.

The strings are copied exactly from ``zxcvbn/feedback.py`` of the installed zxcvbn package (4.5).
A sentence that does not match exactly is simply shown in English, so after upgrading zxcvbn,
compare this list with its ``feedback.py``; ``tests/ui/test_translations.py`` checks a sample
of weak passphrases against it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["FEEDBACK_STRINGS"]

# lupdate reads the literal calls below; QT_TRANSLATE_NOOP returns its message unchanged.
_MARKED: Final[tuple[object, ...]] = (
    # No pattern found at all.
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "No need for symbols, digits, or uppercase letters."),
    # Added before every other suggestion for a weak passphrase.
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Add another word or two. Uncommon words are better."),
    # Keyboard patterns.
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a longer keyboard pattern with more turns."),
    # Repeats.
    QT_TRANSLATE_NOOP("PassphraseFeedback", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    ),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid repeated words and characters."),
    # Sequences.
    QT_TRANSLATE_NOOP("PassphraseFeedback", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid sequences."),
    # Years and dates.
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid dates and years that are associated with you."),
    # Dictionary words, common passwords and names.
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a very common password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback", "All-uppercase is almost as easy to guess as all-lowercase."
    ),
    QT_TRANSLATE_NOOP("PassphraseFeedback", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "PassphraseFeedback",
        "Predictable substitutions like '@' instead of 'a' don't help very much.",
    ),
)

FEEDBACK_STRINGS: Final[tuple[str, ...]] = tuple(str(sentence) for sentence in _MARKED)
