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
    tree, flags, lookback = folded_tree(pattern)
    return _compile_led(tree, flags), lookback


def folded_tree(pattern: re.Pattern[str]) -> tuple[Any, int, int]:
    """The parse tree of `ascii_folded(pattern)`, its flags, and how far before a match
    start it looks."""
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
    return tree, flags, max(lookback)


_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def _first_characters(items: list[tuple[Any, Any]]) -> tuple[set[int], bool] | None:
    """The characters a match of the folded `items` can start with, and whether they can
    match the empty string; None when that is not worked out (an ANY, a back reference).

    A superset is safe: zero-width assertions (\\b, look-arounds) are passed over.
    """
    first: set[int] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            first.add(av)
            return first, False
        if op is sre_constants.IN:
            if any(item_op is not sre_constants.LITERAL for item_op, _ in av):
                return None
            first.update(code for _, code in av)
            return first, False
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.BRANCH:
            found = [_first_characters(branch.data) for branch in av[1]]
            if any(branch is None for branch in found):
                return None
            for chars, _empty in found:  # type: ignore[misc]
                first.update(chars)
            if not any(empty for _chars, empty in found):  # type: ignore[misc]
                return first, False
        elif op is sre_constants.SUBPATTERN or op in _NESTED:
            body = av[-1] if op is sre_constants.SUBPATTERN else av[2]
            inner = _first_characters(body.data)
            if inner is None:
                return None
            first.update(inner[0])
            if not inner[1] and (op is sre_constants.SUBPATTERN or av[0] > 0):
                return first, False
        else:
            return None
    return first, True


def _compile_led(tree: Any, flags: int) -> re.Pattern[str]:
    """The folded `tree` compiled, with the characters its matches start with as the
    pattern's first-character set: sre then skips ahead to those characters (in C) and
    tries the pattern only there, as it does for a pattern led by a character class.

    sre works the set out only from a leading literal or class, and every rule starts
    with \\b or a look-behind, so it tried every position of every window. The set goes
    in the INFO block sre_compile writes first ([INFO, skip, flags, min, max, ...]); the
    pattern's code is unchanged. tests/test_dates_fastpaths.py compares the matches.
    """
    code = sre_compile._code(tree, flags)
    found = _first_characters(tree.data)
    info_done = code[0] == sre_constants.INFO and code[1] == 4 and code[2] == 0 and code[3] > 0
    if found is not None and not found[1] and info_done:
        charset = [(sre_constants.LITERAL, char) for char in sorted(found[0])]
        optimised, _cased = sre_compile._optimize_charset(charset)
        info = [sre_constants.INFO, 0, sre_constants.SRE_INFO_CHARSET, code[3], code[4]]
        sre_compile._compile_charset(optimised, flags, info)
        info[1] = len(info) - 1
        code[:5] = info
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = sre_compile._sre.compile(
        None, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)
    )
    return compiled


def lowercase_copy(text: str) -> str:
    """`text` lowercased with every offset kept ("\u0130".lower() is two characters)."""
    lowered = text.replace("\u0130", "i").lower()
    for char, folded in _FOLD.items():
        if char in lowered:
            lowered = lowered.replace(char, folded)
    return lowered
