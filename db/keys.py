"""The matching key of an identifier typed by people: 案号, department and reviewer names, 机关代字.

Two spellings that a reader cannot tell apart must be one record: full-width digits (２０２６), ( against
（ against 〔, [ against ［ against 【, spaces, and characters nobody sees (zero-width space, BOM, soft
hyphen, direction marks). `identity_key` folds all of them; it lives here because the migration that
backfills the stored keys runs it too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Format characters (category Cf) and the few others that print nothing; \s covers the spaces.
_INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]+"
)
_OPEN = str.maketrans(dict.fromkeys("([{【〖［（〈《﹝⁽₍", "〔") | dict.fromkeys(")]}】〗］）〉》﹞⁾₎", "〕"))


def clean(text: str) -> str:
    """The text as it should be stored and shown: invisible characters gone, spaces trimmed."""
    if text.isascii():
        return text.strip()
    return _INVISIBLE.sub(lambda m: " " if m.group().isspace() else "", text).strip()


_OPENERS, _CLOSERS = "([{【〖［（〈《﹝⁽₍", ")]}】〗］）〉》﹞⁾₎"
_FOLDED = re.compile(f"{_INVISIBLE.pattern[:-1]}|[{re.escape(_OPENERS + _CLOSERS)}]")
_HIDDEN = re.compile(_INVISIBLE.pattern.replace("\\s", "", 1))  # what clean() drops, less the spaces


def clean_all(texts: list[str]) -> list[str]:
    """clean() of each text already stripped, looking at them one by one only when some need it."""
    if _HIDDEN.search("".join(texts)) is None:
        return texts
    return [clean(t) for t in texts]


def identity_keys(texts: list[str]) -> list[str]:
    """identity_key() of each text: one look at all of them when none needs folding (most registers)."""
    joined = "".join(texts)
    if unicodedata.is_normalized("NFKC", joined) and not _FOLDED.search(joined):
        return texts
    return list(map(identity_key, texts))


@lru_cache(maxsize=65536)
def identity_key(text: str) -> str:
    """What two look-alike spellings share: NFKC, no spaces or invisible characters, one bracket form."""
    if unicodedata.is_normalized("NFKC", text) and not _FOLDED.search(text):
        return text  # most 案号 and names: nothing to fold (a third of the cost of folding)
    folded = unicodedata.normalize("NFKC", text)
    return _INVISIBLE.sub("", folded).translate(_OPEN)
