"""The key file: Argon2id-wrapped random database key, bounded KDF parameters, tamper refusal."""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FAST_KDF, PASSPHRASE
from ltsupport.vault import keyfile
from ltsupport.vault.errors import (
    KeyFileDamagedError,
    KeyFileMissingError,
    VaultError,
    WrongPassphraseError,
)
from ltsupport.vault.keyfile import KdfParams, KeyFile

GIB_IN_KIB = 4 * 1024 * 1024


def _doc(key_file: KeyFile) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(key_file.to_bytes())
    return doc


def _bytes(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode("utf-8")


@pytest.fixture(scope="module")
def sealed() -> tuple[KeyFile, bytes]:
    return KeyFile.new(PASSPHRASE, params=FAST_KDF)


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any Argon2id derivation from here on fails the test: the refusal must come first."""

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a key derivation ran for a key file that should have been refused")

    monkeypatch.setattr(keyfile, "Argon2id", forbidden)


# -- round trip -------------------------------------------------------------------------------


def test_wrap_unwrap_round_trip(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, key = sealed
    assert len(key) == keyfile.KEY_BYTES
    assert key_file.unwrap(PASSPHRASE) == key
    # Through the serialised form as well.
    assert KeyFile.from_bytes(key_file.to_bytes()).unwrap(PASSPHRASE) == key


def test_key_file_holds_no_key_and_no_passphrase(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, key = sealed
    data = key_file.to_bytes()
    assert key not in data
    assert key.hex().encode() not in data.lower()
    assert base64.b64encode(key) not in data
    assert PASSPHRASE.encode() not in data


def test_two_new_key_files_have_different_keys_and_salts() -> None:
    first, key1 = KeyFile.new(PASSPHRASE, params=FAST_KDF)
    second, key2 = KeyFile.new(PASSPHRASE, params=FAST_KDF)
    assert key1 != key2
    assert first.slots[0].salt != second.slots[0].salt
    assert first.slots[0].id != second.slots[0].id


def test_save_and_load(tmp_path: Path, sealed: tuple[KeyFile, bytes]) -> None:
    key_file, key = sealed
    path = tmp_path / "vault.ltsv.keys"
    key_file.save(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert KeyFile.load(path).unwrap(PASSPHRASE) == key
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


def test_load_missing_file_is_typed(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissingError):
        KeyFile.load(tmp_path / "absent.keys")


@settings(max_examples=12, deadline=None, database=None)
@given(passphrase=st.text(min_size=1, max_size=40))
def test_round_trip_any_unicode_passphrase(passphrase: str) -> None:
    key_file, key = KeyFile.new(passphrase, params=FAST_KDF)
    restored = KeyFile.from_bytes(key_file.to_bytes())
    assert restored.unwrap(passphrase) == key
    assert restored.unwrap(unicodedata.normalize("NFD", passphrase)) == key
    with pytest.raises(WrongPassphraseError):
        restored.unwrap(passphrase + "x")


# -- passphrases ------------------------------------------------------------------------------


def test_wrong_passphrase_is_typed(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, _ = sealed
    messages = set()
    for wrong in ("", "correct horse battery stapl", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphraseError) as info:
            key_file.unwrap(wrong)
        messages.add(str(info.value))
    # One neutral message, whatever was typed; it never echoes the attempt.
    assert len(messages) == 1
    assert "staple" not in messages.pop()


def test_nfc_and_nfd_forms_both_unlock() -> None:
    nfc = unicodedata.normalize("NFC", "Café à Montréal, été ñandú")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    key_file, key = KeyFile.new(nfd, params=FAST_KDF)
    assert key_file.unwrap(nfc) == key
    assert key_file.unwrap(nfd) == key


def test_rewrap_old_fails_new_works(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, key = sealed
    new = "a completely different passphrase"
    rewrapped = KeyFile.from_bytes(key_file.rewrap(PASSPHRASE, new).to_bytes())
    assert rewrapped.unwrap(new) == key
    with pytest.raises(WrongPassphraseError):
        rewrapped.unwrap(PASSPHRASE)
    # The new slot is freshly salted and keeps the parameters and label.
    assert rewrapped.slots[0].salt != key_file.slots[0].salt
    assert rewrapped.slots[0].params == key_file.slots[0].params
    assert rewrapped.slots[0].label == key_file.slots[0].label


def test_rewrap_with_wrong_old_passphrase_is_refused(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, _ = sealed
    with pytest.raises(WrongPassphraseError):
        key_file.rewrap("not the passphrase at all", "a completely different passphrase")


# -- tampering --------------------------------------------------------------------------------


def _other_last_char(text: str) -> str:
    return text[:-1] + ("1" if text.endswith("0") else "0")


def _flip_b64(value: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda s: s.update(wrapped_key=_flip_b64(s["wrapped_key"])), id="wrapped-key"),
        pytest.param(
            lambda s: s.update(wrapped_key=_flip_b64(s["wrapped_key"], -1)), id="wrapped-tag"
        ),
        pytest.param(lambda s: s.update(nonce=_flip_b64(s["nonce"])), id="nonce"),
        pytest.param(lambda s: s.update(id=_other_last_char(s["id"])), id="slot-id"),
        pytest.param(lambda s: s["kdf"].update(salt=_flip_b64(s["kdf"]["salt"])), id="salt"),
        pytest.param(lambda s: s["kdf"].update(iterations=2), id="kdf-iterations"),
        pytest.param(lambda s: s["kdf"].update(memory_kib=9 * 1024), id="kdf-memory"),
        pytest.param(lambda s: s["kdf"].update(lanes=2), id="kdf-lanes"),
        pytest.param(lambda s: s.update(wrapped_key=""), id="wrapped-empty"),
    ],
)
def test_tampered_key_file_is_refused(sealed: tuple[KeyFile, bytes], tamper: Any) -> None:
    key_file, _ = sealed
    doc = _doc(key_file)
    slot = doc["slots"][0]
    tamper(slot)
    assert doc != _doc(key_file)
    with pytest.raises((WrongPassphraseError, KeyFileDamagedError)):
        KeyFile.from_bytes(_bytes(doc)).unwrap(PASSPHRASE)


def test_swapped_slot_id_from_another_key_file_is_refused(sealed: tuple[KeyFile, bytes]) -> None:
    key_file, _ = sealed
    other, _ = KeyFile.new(PASSPHRASE, params=FAST_KDF)
    doc = _doc(key_file)
    doc["slots"][0]["id"] = other.slots[0].id
    with pytest.raises(WrongPassphraseError):
        KeyFile.from_bytes(_bytes(doc)).unwrap(PASSPHRASE)


# -- hostile parameters: refused when read, before any derivation -----------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", GIB_IN_KIB),
        ("memory_kib", 10**30),
        ("memory_kib", 1024),
        ("memory_kib", 0),
        ("memory_kib", -1),
        ("iterations", 10_000),
        ("iterations", 0),
        ("lanes", 1000),
        ("lanes", 0),
        ("iterations", "3"),
        ("iterations", 3.0),
        ("iterations", None),
        ("iterations", True),
        ("lanes", False),
        ("memory_kib", [65536]),
    ],
)
def test_hostile_kdf_parameters_are_refused_before_derivation(
    sealed: tuple[KeyFile, bytes], no_derivation: None, field: str, value: object
) -> None:
    key_file, _ = sealed
    doc = _doc(key_file)
    doc["slots"][0]["kdf"][field] = value
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_bytes(doc)).unwrap(PASSPHRASE)


def test_hostile_parameters_in_a_later_slot_refuse_the_whole_file(
    sealed: tuple[KeyFile, bytes], no_derivation: None
) -> None:
    key_file, _ = sealed
    doc = _doc(key_file)
    hostile = json.loads(json.dumps(doc["slots"][0]))
    hostile["kdf"]["memory_kib"] = GIB_IN_KIB
    doc["slots"].append(hostile)
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_bytes(doc))


def test_unknown_kdf_algorithm_is_refused(
    sealed: tuple[KeyFile, bytes], no_derivation: None
) -> None:
    key_file, _ = sealed
    doc = _doc(key_file)
    doc["slots"][0]["kdf"]["alg"] = "pbkdf2"
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_bytes(doc))


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=GIB_IN_KIB),
        KdfParams(iterations=10_000),
        KdfParams(lanes=1000),
        KdfParams(memory_kib=1),
    ],
)
def test_hostile_parameters_are_refused_when_deriving_too(
    no_derivation: None, params: KdfParams
) -> None:
    with pytest.raises(KeyFileDamagedError):
        KeyFile.new(PASSPHRASE, params=params)


# -- malformed files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"not json at all", id="text"),
        pytest.param(b"\xff\xfe\x00garbage", id="not-utf8"),
        pytest.param(b"[]", id="list"),
        pytest.param(b"null", id="null"),
        pytest.param(b'"ltsupport-keyfile"', id="string"),
        pytest.param(b'{"format": "other", "version": 1, "slots": []}', id="wrong-format"),
        pytest.param(b'{"version": 1, "slots": []}', id="no-format"),
        pytest.param(b"{" + b" " * (2 << 20) + b"}", id="too-large"),
    ],
)
def test_malformed_key_file_is_damaged(no_derivation: None, data: bytes) -> None:
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(data)


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: d.update(version=2), id="future-version"),
        pytest.param(lambda d: d.update(version=0), id="old-version"),
        pytest.param(lambda d: d.pop("version"), id="no-version"),
        pytest.param(lambda d: d.update(format="ltsupport-export"), id="other-format"),
        pytest.param(lambda d: d.update(slots=[]), id="empty-slots"),
        pytest.param(lambda d: d.pop("slots"), id="no-slots"),
        pytest.param(lambda d: d.update(slots={}), id="slots-not-list"),
        pytest.param(lambda d: d.update(slots=["x"]), id="slot-not-object"),
        pytest.param(lambda d: d["slots"][0].pop("kdf"), id="no-kdf"),
        pytest.param(lambda d: d["slots"][0].update(id=7), id="slot-id-not-text"),
        pytest.param(lambda d: d["slots"][0].update(label=None), id="label-not-text"),
        pytest.param(lambda d: d["slots"][0].update(nonce="@@@@"), id="nonce-not-base64"),
        pytest.param(lambda d: d["slots"][0].update(nonce=None), id="nonce-missing"),
        pytest.param(lambda d: d["slots"][0].update(nonce="AAAA"), id="nonce-wrong-size"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(salt="AAAA"), id="salt-wrong-size"),
        pytest.param(lambda d: d["slots"][0].update(wrapped_key=12), id="wrapped-not-text"),
    ],
)
def test_structurally_wrong_key_file_is_damaged(
    sealed: tuple[KeyFile, bytes], no_derivation: None, edit: Any
) -> None:
    key_file, _ = sealed
    doc = _doc(key_file)
    edit(doc)
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_bytes(doc))


def test_wrapped_key_of_wrong_size_is_damaged(sealed: tuple[KeyFile, bytes]) -> None:
    """A slot that decrypts (right passphrase, right AAD) to a 16-byte key is refused."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key_file, _ = sealed
    slot = key_file.slots[0]
    kek = keyfile.derive_kek(keyfile.normalise(PASSPHRASE), slot.salt, slot.params)
    short = AESGCM(kek).encrypt(slot.nonce, b"k" * 16, keyfile._aad(slot.id))
    doc = _doc(key_file)
    doc["slots"][0]["wrapped_key"] = base64.b64encode(short).decode("ascii")
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_bytes(doc)).unwrap(PASSPHRASE)


def test_damage_errors_are_vault_errors(no_derivation: None) -> None:
    with pytest.raises(VaultError) as info:
        KeyFile.from_bytes(b"{}")
    assert info.value.code == "key_file_damaged"


def test_deeply_nested_json_is_damaged_not_a_crash(no_derivation: None) -> None:
    depth = 200_000
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(b"[" * depth + b"]" * depth)


# -- calibration ------------------------------------------------------------------------------


def test_calibrate_returns_parameters_within_bounds() -> None:
    params = keyfile.calibrate()
    params.check()
    assert params.memory_kib == keyfile.DEFAULT_MEMORY_KIB
    assert params.lanes == keyfile.DEFAULT_LANES
    assert 3 <= params.iterations <= keyfile.MAX_ITERATIONS


def test_default_parameters_are_within_bounds() -> None:
    KdfParams().check()
    FAST_KDF.check()
