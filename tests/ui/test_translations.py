"""The French catalogue: complete, in step with the code and the compiled .qm, and really used.

A developer who adds or changes a string and forgets ``make translations`` gets a failing test
naming the strings; a translation that drops a placeholder or a mnemonic is caught here too.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from conftest import FAST_KDF
from ltsupport.paths import AppPaths
from ltsupport.settings import Settings
from ltsupport.ui.i18n import CATALOGUE_DIR, install_translators, remove_translators
from ltsupport.ui.passphrase_feedback import FEEDBACK_STRINGS
from ltsupport.ui.screens.create_vault_screen import CreateVaultScreen
from ltsupport.ui.screens.unlock_screen import Problem, UnlockScreen

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = CATALOGUE_DIR / "ltsupport_fr.ts"
QM_FILE = CATALOGUE_DIR / "ltsupport_fr.qm"
LEFT = Qt.MouseButton.LeftButton
NBSP = "\u00a0"

# %n, %1..%9 and Python format fields such as {count}.
PLACEHOLDER = re.compile(r"%n|%[1-9]|\{[^{}]*\}")
# A single "&" before a character marks a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")

WEAK_PASSPHRASES = (
    "password",
    "aaaaaaaaaa",
    "qwertyuiop",
    "1234567890",
    "Jennifer1990",
    "correcthorse",
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or every plural form of a numerus message

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return messages


@pytest.fixture(scope="module")
def catalogue() -> list[Message]:
    return read_ts(TS_FILE)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> list[str]:
    return [letter.lower() for letter in MNEMONIC.findall(text)]


# -- the catalogue itself --------------------------------------------------------------------


def test_every_message_is_translated(catalogue: list[Message]) -> None:
    assert catalogue, f"{TS_FILE} has no messages"
    unfinished = [str(m) for m in catalogue if m.unfinished]
    assert not unfinished, "Translations marked unfinished:\n" + "\n".join(unfinished)
    empty = [str(m) for m in catalogue if not m.forms or not all(f.strip() for f in m.forms)]
    assert not empty, "Empty translations:\n" + "\n".join(empty)


def test_plural_messages_have_both_french_forms(catalogue: list[Message]) -> None:
    plural = [m for m in catalogue if m.numerus]
    assert plural, "expected at least one %n message"
    wrong = [f"{m} has {len(m.forms)} forms" for m in plural if len(m.forms) != 2]
    assert not wrong, "French needs two plural forms (one, many):\n" + "\n".join(wrong)


def test_translations_keep_placeholders_and_mnemonics(catalogue: list[Message]) -> None:
    problems: list[str] = []
    for message in catalogue:
        expected = placeholders(message.source)
        for form in message.forms:
            found = placeholders(form)
            if found != expected:
                problems.append(f"{message}: placeholders {sorted(found)} != {sorted(expected)}")
            if mnemonics(message.source) and len(mnemonics(form)) != 1:
                problems.append(f"{message}: needs exactly one & mnemonic in {form!r}")
            if not mnemonics(message.source) and mnemonics(form):
                problems.append(f"{message}: has a mnemonic the source does not in {form!r}")
            if message.source.endswith("…") != form.endswith("…"):
                problems.append(f"{message}: the ellipsis … must be kept: {form!r}")
    assert not problems, "\n".join(problems)


def test_mnemonics_distinct_in_english_stay_distinct_in_french(catalogue: list[Message]) -> None:
    """A context (one screen or dialog) whose English access keys are all different keeps them
    all different in French, so Alt+letter never becomes ambiguous."""
    problems: list[str] = []
    for context in sorted({m.context for m in catalogue}):
        messages = [m for m in catalogue if m.context == context and mnemonics(m.source)]
        english = [mnemonics(m.source)[0] for m in messages]
        if len(set(english)) != len(english):
            continue
        french: dict[str, list[str]] = {}
        for message in messages:
            for letter in mnemonics(message.forms[0]):
                french.setdefault(letter, []).append(message.forms[0])
        problems += [
            f"{context}: Alt+{letter.upper()} is used by {texts}"
            for letter, texts in french.items()
            if len(texts) > 1
        ]
    assert not problems, "\n".join(problems)


def test_french_typography_uses_no_break_spaces(catalogue: list[Message]) -> None:
    """A colon or guillemet never starts or ends a line on its own."""
    bad = [f"{m}: {form!r}" for m in catalogue for form in m.forms if re.search(r" [:»]|« ", form)]
    assert not bad, "Use a no-break space (U+00A0) before : and inside « »:\n" + "\n".join(bad)


# -- in step with the code -------------------------------------------------------------------


def _tool(name: str) -> Path:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed")
        tool = Path(found)
    return tool


def test_catalogue_is_up_to_date_with_the_code(tmp_path: Path, catalogue: list[Message]) -> None:
    """The same lupdate run as ``make translations`` adds or drops nothing."""
    lupdate = _tool("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "src/ltsupport/ui").rglob("*.py"))
    sources.append(str(ROOT / "src/ltsupport/app.py"))
    fresh = tmp_path / TS_FILE.name
    shutil.copy2(TS_FILE, fresh)
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    committed = {m.key for m in catalogue}
    current = {m.key for m in read_ts(fresh)}
    missing = sorted(current - committed)
    stale = sorted(committed - current)
    assert not missing and not stale, (
        "The French catalogue is out of date; run `make translations` and translate.\n"
        + "".join(f"  new in the code: {c}: {s!r}\n" for c, s, _ in missing)
        + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s, _ in stale)
    )


def test_compiled_catalogue_matches_the_ts_file(qapp: Any, catalogue: list[Message]) -> None:
    """The .qm holds exactly the .ts translations (so it was compiled after the last edit)."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"cannot load {QM_FILE}; run `make translations`"
    assert translator.language() == "fr_CA"
    # A few known strings, as the screens ask for them.
    assert translator.translate("UnlockScreen", "The vault is locked") == "Le coffre est verrouillé"
    assert translator.translate("UnlockScreen", "&Unlock") == "&Déverrouiller"
    assert translator.translate("CreateVaultScreen", "&Create the vault") == "&Créer le coffre"
    assert translator.translate("MainWindow", "&Vault") == "&Coffre"
    trp = translator.translate(
        "labels", "Temporary resident permit for victims of trafficking (TRP)"
    )
    assert trp == "Permis de séjour temporaire pour les victimes de la traite de personnes (PST)"
    stale: list[str] = []
    for message in catalogue:
        if message.numerus:
            for n, form in ((1, message.forms[0]), (2, message.forms[1])):
                got = translator.translate(message.context, message.source, message.comment, n)
                if got != form:
                    stale.append(f"{message} (n={n}): .qm has {got!r}, .ts has {form!r}")
        else:
            got = translator.translate(message.context, message.source, message.comment or None)
            if got != message.forms[0]:
                stale.append(f"{message}: .qm has {got!r}, .ts has {message.forms[0]!r}")
    assert not stale, "Recompile the .qm (`make translations`):\n" + "\n".join(stale)


# -- zxcvbn's feedback -----------------------------------------------------------------------


def test_feedback_strings_match_the_installed_zxcvbn() -> None:
    """Every sentence zxcvbn's feedback.py can produce is listed, and nothing else."""
    import zxcvbn

    tree = ast.parse(Path(zxcvbn.__file__).with_name("feedback.py").read_text(encoding="utf-8"))
    produced = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert produced, "zxcvbn's feedback.py changed shape; review passphrase_feedback.py"
    assert len(FEEDBACK_STRINGS) == len(set(FEEDBACK_STRINGS))
    assert set(FEEDBACK_STRINGS) == produced, (
        f"missing: {sorted(produced - set(FEEDBACK_STRINGS))}; "
        f"no longer produced: {sorted(set(FEEDBACK_STRINGS) - produced)}"
    )


@pytest.mark.parametrize("passphrase", WEAK_PASSPHRASES)
def test_feedback_for_weak_passphrases_is_listed(passphrase: str) -> None:
    from zxcvbn import zxcvbn

    feedback = zxcvbn(passphrase)["feedback"]
    sentences = [s for s in (feedback["warning"], *feedback["suggestions"]) if s]
    assert sentences, f"zxcvbn gave no feedback for {passphrase!r}"
    missing = [s for s in sentences if s not in FEEDBACK_STRINGS]
    assert not missing, f"not in FEEDBACK_STRINGS: {missing}"


def test_feedback_strings_are_in_the_catalogue(catalogue: list[Message]) -> None:
    listed = {m.source for m in catalogue if m.context == "PassphraseFeedback"}
    assert set(FEEDBACK_STRINGS) <= listed


# -- the real screens in French --------------------------------------------------------------


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    """The app's French catalogue (and Qt's) installed; English again afterwards."""
    default_locale = QLocale()
    installed = install_translators(qapp, "fr")
    assert any(t.filePath().endswith("ltsupport_fr.qm") for t in installed)
    try:
        yield
    finally:
        remove_translators(qapp, installed)
        QLocale.setDefault(default_locale)
    assert QCoreApplication.translate("UnlockScreen", "&Unlock") == "&Unlock"


def label_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_unlock_screen_in_french(qtbot: Any, vault_copy: AppPaths, french: None) -> None:
    screen = UnlockScreen(vault_copy, Settings())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.problem is None
    assert "Le coffre est verrouillé" in label_texts(screen)
    assert "&Phrase de passe" in label_texts(screen)
    assert screen.unlock_button.text() == "&Déverrouiller"
    assert screen.unlock_button.accessibleName() == "Déverrouiller"
    assert screen.show_check.text() == "&Afficher la phrase de passe"
    assert screen.passphrase_edit.accessibleName() == "Phrase de passe"
    qtbot.mouseClick(screen.unlock_button, LEFT)
    assert screen.error_label.text() == "Tapez d'abord la phrase de passe."


def test_unlock_screen_problem_page_in_french(
    qtbot: Any, app_paths: AppPaths, french: None
) -> None:
    screen = UnlockScreen(app_paths, Settings())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.problem is Problem.ABSENT
    assert screen.problem_title.text() == "Le coffre ne peut pas être ouvert"
    assert screen.explanation_label.text().startswith("Aucun coffre n'a été trouvé")
    assert screen.choose_button.text() == "&Restaurer une copie de sauvegarde…"
    assert screen.retry_button.text() == "&Vérifier de nouveau"


def test_create_screen_in_french(qtbot: Any, app_paths: AppPaths, french: None) -> None:
    screen = CreateVaultScreen(app_paths, Settings(), kdf=FAST_KDF)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.title_label.text() == "Créer le coffre"
    assert screen.create_button.text() == "&Créer le coffre"
    assert "fichier chiffré" in screen.intro_label.text()
    assert "Votre &nom (facultatif)" in label_texts(screen)
    assert "&Phrase de passe (au moins 10 caractères)" in label_texts(screen)
    assert screen.strength_label.text().startswith("Utilisez au moins 10 caractères.")

    # zxcvbn's English advice is shown in French.
    qtbot.keyClicks(screen.passphrase_edit, "aaaaaaaaaa")
    assert screen.strength_label.text() == (
        f"Robustesse{NBSP}: Très faible. Les répétitions comme «{NBSP}aaa{NBSP}» sont faciles "
        "à deviner."
    )
    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, "correcthorse")
    assert screen.strength_label.text() == (
        f"Robustesse{NBSP}: Moyenne. Ajoutez un ou deux mots. Les mots peu courants sont "
        "préférables."
    )

    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, "short")
    qtbot.mouseClick(screen.create_button, LEFT)
    assert screen.error_label.text().startswith("La phrase de passe est trop courte.")
    assert not app_paths.vault.exists()
