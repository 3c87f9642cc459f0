"""The encrypted store: key file, SQLCipher engine, create, unlock, lock, rekey, backup, verify.

Import the submodules you need; this package imports nothing on its own so that the unlock
screen can appear before SQLAlchemy is loaded.
"""
