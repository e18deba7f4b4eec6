"""Case-insensitive patterns made case-sensitive over a lowercased copy of the text.

sre folds the case of every character it tries under IGNORECASE; on the lowercased copy a
case-sensitive pattern compares characters directly, twice as fast. `lowercase_copy`
keeps every offset, and `ascii_folded` rebuilds a pattern so that, on ASCII text, it
matches the copy exactly where (and with the same groups as) the original matches the
text. Non-ASCII stretches keep the original pattern.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_compile
    import sre_constants
    import sre_parse

__all__ = ["NON_ASCII", "ascii_folded", "lowercase_copy"]

# Characters that IGNORECASE matches against an ASCII letter but that str.lower() leaves
# alone or lengthens: folded by hand so the lowercased copy keeps every offset.
_FOLD = {"\u0131": "i", "\u017f": "s"}

_ASCII = tuple(chr(code) for code in range(128))
_LOWERED_ASCII = tuple(char for char in _ASCII if not char.isupper())
_ONE_CHARACTER = (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN)
_NESTED = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
           getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT))  # fmt: skip
_IGNORECASE = int(re.IGNORECASE)
NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLDED_NODES: dict[tuple[int, str], tuple[Any, Any]] = {}  # shared by every pattern


def ascii_folded(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int]:
    """`pattern` rebuilt to run case-sensitively over `lowercase_copy` of ASCII text, and
    how far before a match start it looks.

    Case-insensitive matching costs sre a case fold per character tried; the folded
    pattern compares bytes. Every one-character node (literal, class) becomes the class of
    lowercase-or-caseless ASCII characters the original node accepts, so on ASCII text the
    folded pattern matches the lowercased text exactly where, and with the same groups as,
    the original matches the text. Non-ASCII text must use the original pattern.
    """
    flags = pattern.flags & ~_IGNORECASE
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    lookback = [0]  # how far before the match start a node may look

    def one_character(op: Any, av: Any) -> tuple[Any, Any]:
        key = (pattern.flags, repr((op, av)))
        cache = _FOLDED_NODES
        if key not in cache:
            state = sre_parse.State()
            state.flags = pattern.flags
            node = sre_compile.compile(sre_parse.SubPattern(state, [(op, av)]), pattern.flags)
            accepted = [char for char in _LOWERED_ASCII if node.fullmatch(char)]
            literals = [(sre_constants.LITERAL, ord(char)) for char in accepted]
            cache[key] = literals[0] if len(literals) == 1 else (sre_constants.IN, literals)
        return cache[key]

    def fold(items: list[tuple[Any, Any]], behind: int) -> None:
        """Fold `items` in place; `behind`: how far before the match start they run."""
        for index, (op, av) in enumerate(items):
            if op in _ONE_CHARACTER:
                items[index] = one_character(op, av)
            elif op is sre_constants.ANY:
                continue
            elif op is sre_constants.AT:
                lookback.append(behind + 1)  # \b and \B look one character back
            elif op is sre_constants.BRANCH:
                for branch in av[1]:
                    fold(branch.data, behind)
            elif op is sre_constants.SUBPATTERN:
                _group, add_flags, del_flags, body = av
                if (add_flags | del_flags) & _IGNORECASE:
                    raise ValueError(f"inline case flags are not folded: {pattern.pattern}")
                fold(body.data, behind)
            elif op in _NESTED:
                fold(av[2].data, behind)
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                direction, body = av
                width = int(body.getwidth()[1]) if direction < 0 else 0
                lookback.append(behind + width)
                fold(body.data, behind + width)
            else:
                raise ValueError(f"cannot fold {op} in {pattern.pattern[:60]}...")

    tree.state.flags = flags
    fold(tree.data, 0)
    return sre_compile.compile(tree, flags), max(lookback)



def lowercase_copy(text: str) -> str:
    """`text` lowercased with every offset kept ("\u0130".lower() is two characters)."""
    lowered = text.replace("\u0130", "i").lower()
    for char, folded in _FOLD.items():
        if char in lowered:
            lowered = lowered.replace(char, folded)
    return lowered
