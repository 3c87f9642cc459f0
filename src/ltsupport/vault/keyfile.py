"""The key file: the random database key, wrapped by a key derived from each passphrase.

Format (JSON, UTF-8)::

    {"format": "ltsupport-keyfile", "version": 1,
     "slots": [{"id": ..., "label": ...,
                "kdf": {"alg": "argon2id", "memory_kib": ..., "iterations": ..., "lanes": ...,
                        "salt": base64},
                "nonce": base64, "wrapped_key": base64}]}

The wrapping is AES-256-GCM with the slot id as associated data, so a slot cannot be swapped or
edited without detection. KDF parameters are bounded when read, so a hostile key file cannot make
unlock take minutes or gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ltsupport.atomicfile import atomic_write_bytes
from ltsupport.vault.errors import KeyFileDamagedError, KeyFileMissingError, WrongPassphraseError

FORMAT = "ltsupport-keyfile"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# Bounds applied when a key file is read (and when parameters are chosen).
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5
PROBE_ITERATIONS = 4
MAX_CALIBRATED_ITERATIONS = 32


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = 3
    lanes: int = DEFAULT_LANES

    def check(self) -> None:
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KeyFileDamagedError("The key file's memory setting is out of bounds.")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise KeyFileDamagedError("The key file's iteration setting is out of bounds.")
        if not 1 <= self.lanes <= MAX_LANES:
            raise KeyFileDamagedError("The key file's parallelism setting is out of bounds.")


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Choose Argon2id iterations (64 MiB, 4 lanes) so one derivation takes about the target."""
    probe = KdfParams(iterations=PROBE_ITERATIONS)
    timings = []
    for _ in range(2):  # the first run pays for page faults; take the faster
        start = time.perf_counter()
        derive_kek(b"calibration", secrets.token_bytes(SALT_BYTES), probe)
        timings.append(time.perf_counter() - start)
    per_iteration = max(min(timings) / PROBE_ITERATIONS, 1e-4)
    iterations = max(3, min(MAX_CALIBRATED_ITERATIONS, round(target_seconds / per_iteration)))
    return KdfParams(iterations=iterations)


def normalise(passphrase: str) -> bytes:
    """Passphrases are compared in Unicode NFC, so the same text typed on any keyboard matches."""
    # surrogatepass: a passphrase read from badly encoded input still derives a key, not a crash
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamagedError(f"The key file is damaged ({what}).")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFileDamagedError(f"The key file is damaged ({what}).") from exc


@dataclass(frozen=True)
class Slot:
    id: str
    label: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def seal(cls, database_key: bytes, passphrase: str, label: str, params: KdfParams) -> Slot:
        slot_id = str(uuid.uuid4())
        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        kek = derive_kek(normalise(passphrase), salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, database_key, _aad(slot_id))
        return cls(slot_id, label, params, salt, nonce, wrapped)

    def open(self, passphrase: str) -> bytes:
        kek = derive_kek(normalise(passphrase), self.salt, self.params)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, _aad(self.id))
        except InvalidTag as exc:
            raise WrongPassphraseError() from exc
        if len(key) != KEY_BYTES:
            raise KeyFileDamagedError("The key file holds a key of the wrong size.")
        return key

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kdf": {
                "alg": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
                "salt": _b64(self.salt),
            },
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, raw: object) -> Slot:
        if not isinstance(raw, dict):
            raise KeyFileDamagedError("The key file is damaged (slot).")
        kdf = raw.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
            raise KeyFileDamagedError("The key file uses an unknown key derivation.")
        numbers = [kdf.get(k) for k in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise KeyFileDamagedError("The key file is damaged (parameters).")
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        params.check()
        slot_id, label = raw.get("id"), raw.get("label", "")
        if not isinstance(slot_id, str) or not isinstance(label, str):
            raise KeyFileDamagedError("The key file is damaged (slot id).")
        salt = _unb64(kdf.get("salt"), "salt")
        nonce = _unb64(raw.get("nonce"), "nonce")
        wrapped = _unb64(raw.get("wrapped_key"), "wrapped key")
        if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
            raise KeyFileDamagedError("The key file is damaged (sizes).")
        return cls(slot_id, label, params, salt, nonce, wrapped)


def _aad(slot_id: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{slot_id}".encode()


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    @classmethod
    def new(
        cls, passphrase: str, label: str = "staff", params: KdfParams | None = None
    ) -> tuple[KeyFile, bytes]:
        """A fresh random database key and a key file holding it for ``passphrase``."""
        key = secrets.token_bytes(KEY_BYTES)
        slot = Slot.seal(key, passphrase, label, params or calibrate())
        return cls((slot,)), key

    def unwrap(self, passphrase: str) -> bytes:
        """The database key, or :class:`WrongPassphraseError` if no slot opens."""
        for slot in self.slots:
            try:
                return slot.open(passphrase)
            except WrongPassphraseError:
                continue
        raise WrongPassphraseError()

    def rewrap(self, old: str, new: str, params: KdfParams | None = None) -> KeyFile:
        """A key file where the slot that ``old`` opens is replaced by one for ``new``."""
        for index, slot in enumerate(self.slots):
            try:
                key = slot.open(old)
            except WrongPassphraseError:
                continue
            fresh = Slot.seal(key, new, slot.label, params or slot.params)
            slots = (*self.slots[:index], fresh, *self.slots[index + 1 :])
            return KeyFile(slots)
        raise WrongPassphraseError()

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "slots": [s.to_json() for s in self.slots]}
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        if len(data) > 1 << 20:
            raise KeyFileDamagedError("The key file is too large to be a key file.")
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise KeyFileDamagedError("The key file is damaged and cannot be read.") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileDamagedError("This is not an ltsupport key file.")
        if doc.get("version") != VERSION:
            raise KeyFileDamagedError("The key file was written by a newer version of ltsupport.")
        slots = doc.get("slots")
        if not isinstance(slots, list) or not slots:
            raise KeyFileDamagedError("The key file holds no key.")
        return cls(tuple(Slot.from_json(s) for s in slots))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileMissingError(
                "The vault's key file is missing. Restore the vault and its key file from a backup."
            ) from exc
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())
