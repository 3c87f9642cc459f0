"""Typed vault errors. Messages are neutral: they never name a client or echo a secret."""

from __future__ import annotations


class VaultError(Exception):
    """Base class. ``code`` is stable and used by the UI to pick a translated message."""

    code = "vault_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphraseError(VaultError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct. Nothing was changed.")


class PassphraseTooShortError(VaultError):
    code = "passphrase_too_short"


class VaultExistsError(VaultError):
    code = "vault_exists"


class VaultMissingError(VaultError):
    """The database file is missing or empty although its key file exists."""

    code = "vault_missing"


class KeyFileMissingError(VaultError):
    code = "key_file_missing"


class KeyFileDamagedError(VaultError):
    code = "key_file_damaged"


class VaultDamagedError(VaultError):
    """The database cannot be read with the right key: tampered, truncated or not a vault."""

    code = "vault_damaged"


class NoVaultError(VaultError):
    """Neither a vault nor a key file exists at the location."""

    code = "no_vault"
