"""Where a 标题 of several lines breaks: into the fewest lines of even length, between words.

The PDF writers and the Word contexts both break a title here, so a bulletin's or a notice's title
reads the same in either format.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Where a title may break without splitting a word: after these, or before those.
_BREAK_AFTER = ("关于", "年度", "全市", "全区", "全县", "行政执法", "案卷评查", "评查", "问题")
_BREAK_BEFORE = ("情况", "整改", "的通报", "的通知", "行政执法")


def natural_breaks(text: str) -> list[int]:
    """The places in `text` after or before a word of _BREAK_AFTER / _BREAK_BEFORE."""
    out = []
    for word in _BREAK_AFTER:
        out += [i + len(word) for i in range(len(text)) if text.startswith(word, i)]
    for word in _BREAK_BEFORE:
        out += [i for i in range(1, len(text)) if text.startswith(word, i)]
    return out


def balanced_lines(text: str, per_line: int, breaks: Sequence[int] = ()) -> list[str]:
    """The fewest lines of at most `per_line` characters, of even length, broken at `breaks` when near."""
    count = math.ceil(len(text) / per_line)
    if count <= 1:
        return [text]
    out, start = [], 0
    for n in range(count - 1, 0, -1):
        target = start + math.ceil((len(text) - start) / (n + 1))
        near = [
            b
            for b in breaks
            if start < b <= start + per_line and abs(b - target) <= 6 and len(text) - b <= n * per_line
        ]
        cut = min(near, key=lambda b: abs(b - target)) if near else target
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out
