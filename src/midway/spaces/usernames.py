"""One rule for usernames, wherever an account is made or found.

A username is stored in its canonical form: NFKC (so a full-width `ｊｏｈｎ`, or an
`e` followed by a combining accent, becomes the same letters as typed plainly),
then case-folded (so `JOHN` and `John` are `john`). Sign-up, joining by invite,
`midway createspace`, restore and sign-in all go through `canonical`, so two
accounts can never differ only by width or case, and the database's unique
constraint on the stored name is enough to refuse the second one even when two
people race for the same name.
"""

import unicodedata

from django.contrib.auth import get_user_model

TAKEN = "That username is taken. Please choose another."


class UsernameTaken(Exception):
    """Another account already has this username (compared in canonical form)."""

    def __init__(self, username: str):
        super().__init__(TAKEN)
        self.username = username


def canonical(username: str) -> str:
    """The one form a username is stored and compared in: NFKC, then case-folded.

    NFKC again after case-folding, because folding can undo the composition
    (the Unicode standard's "NFKC_Casefold" does the same).
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).casefold())


def is_taken(username: str) -> bool:
    """Whether an account already answers to this username, in any width or case.

    Stored names are canonical (a migration made the older ones so), so one exact
    lookup answers; `iexact` also catches an older name the migration had to leave
    as it was because its canonical form was already someone else's.
    """
    key = canonical(username)
    users = get_user_model().objects
    return users.filter(username=key).exists() or users.filter(username__iexact=key).exists()


def account_name(typed: str) -> str:
    """The stored username to sign in with for what a person typed.

    The canonical form when such an account exists; otherwise the NFKC form as
    typed, which finds an older account the migration could not rename.
    """
    key = canonical(typed)
    if get_user_model().objects.filter(username=key).exists():
        return key
    return unicodedata.normalize("NFKC", typed)


def canonicalise_existing(user_model) -> list[str]:
    """Store every older username in canonical form; return those left as they were.

    Accounts made before this rule kept the case they were typed in. A name whose
    canonical form another account already has is left alone (merging two people's
    accounts is not ours to do); it can still sign in by typing it exactly.
    """
    taken = set(user_model.objects.values_list("username", flat=True))
    left = []
    for pk, username in user_model.objects.order_by("pk").values_list("pk", "username"):
        key = canonical(username)
        if key == username:
            continue
        if key in taken:
            left.append(username)
            continue
        user_model.objects.filter(pk=pk).update(username=key)
        taken.discard(username)
        taken.add(key)
    return left
