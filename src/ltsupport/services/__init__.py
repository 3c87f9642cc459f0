"""Use cases over the vault. No Qt widgets here; widgets never hold a Session."""
