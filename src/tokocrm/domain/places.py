"""Names of a till (one counter PC) and of a branch (one shop location)."""

from __future__ import annotations

from tokocrm.domain.errors import InvalidField

MAX_NAME = 64  # the columns that keep them (purchase.till, purchase.branch ...)


def clean_name(field: str, value: str, *, required: bool) -> str:
    """Spaces collapsed; a till needs a name, a shop with one place needs no branch."""
    name = " ".join(value.split())
    if required and not name:
        raise InvalidField(field=field, value=value, reason="required")
    if len(name) > MAX_NAME:
        raise InvalidField(field=field, value=value, reason="too_long", limit=MAX_NAME)
    return name


def known_spelling(name: str, known: list[str]) -> str:
    """A branch typed as "pusat" is the shop's "Pusat": one branch, not two."""
    return next((branch for branch in known if branch.casefold() == name.casefold()), name)
