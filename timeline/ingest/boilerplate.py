"""Publisher boilerplate: whole lines that are not part of the story.

Only whole lines are removed (licensing footers, share buttons, "Click here ...",
"Advertisement", and a photo caption repeated verbatim, of which the first is kept),
so the story's own sentences are never cut.
"""

from __future__ import annotations

import re

MIN_REPEATED_LINE_CHARS = 20  # a shorter line repeated verbatim ("* * *") is kept
_BLANK_RUN_RE = re.compile(r"\n{3,}")

_SHARE_WORDS = (
    r"share|share this(?: article| story| page)?|share on \w+|share via \w+|tweet|tweet this|"
    r"email|e-mail|email this|print|print this|pin it|pin|whatsapp|linkedin|facebook|twitter|"
    r"reddit|copy link|copy the link|comments?"
)
# A browser's print header: the day and time the page was printed, and its title
BROWSER_PRINT_HEADER = re.compile(
    r"(?P<stamp>\d{1,2}/\d{1,2}/\d{2,4},[ \t]+\d{1,2}:\d\d(?:[ \t]?[ap]m)?)(?:[ \t]{2,}.*)?", re.I
)
_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"this (?:article|story|content) was (?:written|produced|provided) by\b.*licens.*", re.I
    ),
    re.compile(r"please direct all licensing questions\b.*", re.I),
    re.compile(r"(?:show|read|view|see) (?:the )?full (?:article|story)\W*", re.I),
    re.compile(rf"(?:{_SHARE_WORDS})\W*", re.I),
    # a row of share buttons: "Share: Facebook | WhatsApp | X | Telegram | Email"
    re.compile(
        rf"(?:share(?: this(?: article| story| page)?)?[ \t]*:?[ \t]*)?(?:(?:{_SHARE_WORDS}|x|"
        r"telegram|messenger|flipboard|bluesky|threads|sms|line|viber)[ \t]*[|•·/,][ \t]*)+"
        rf"(?:{_SHARE_WORDS}|x|telegram|messenger|flipboard|bluesky|threads|sms|line|viber)\W*",
        re.I,
    ),
    re.compile(r"click here\b.*", re.I),
    # an accessibility link at a page's top: "Skip to main content", "Jump to navigation"
    re.compile(r"(?:skip|jump)[ \t]+to[ \t]+(?:the[ \t]+)?(?:main[ \t]+)?(?:content|"
               r"navigation|search|menu|footer)\W*", re.I),
    # a browser's print header, when the page was printed: "11/29/53, 9:14 AM   Title – Site"
    BROWSER_PRINT_HEADER,
    # a media player's button with its running time: "Listen (4:38)", "Watch video 2:15"
    re.compile(r"(?:listen|watch|play)(?: (?:now|live|video|audio|the video))?[ \t]*"
               r"[(\[]?\d{1,2}:\d\d(?::\d\d)?[)\]]?|(?:listen|watch|play)(?: (?:now|live|"
               r"video|audio|the video))?", re.I),
    re.compile(
        r"(?:advertisement|advertising|sponsored content|story continues below"
        r"(?: advertisement)?)\W*",
        re.I,
    ),
)
_CAPTION_RE = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|picture|credit|file)s?\b[^()]*|AP|AFP|Reuters|"
    r"Getty Images|EPA|Xinhua|Yonhap)\)\s*$|^(?:photo|image|picture)(?: credit)?\s*(?::|by)\s",
    re.I,
)


# What a line needs for _CAPTION_RE to find anything in it: a caption credit ends it
# with ")" (the line is stripped, so `\s*$` is its end), or it starts with the word that
# follows `^`. Testing that first spares the search from every position of every line
# (20 ms a MB of articles); the same matches.
_CAPTION_START_RE = re.compile(r"(?:photo|image|picture)", re.I)


def _is_caption(stripped: str) -> bool:
    """`_CAPTION_RE.search(stripped)` for a line without white space at either end."""
    if not stripped.endswith(")") and not _CAPTION_START_RE.match(stripped):
        return False
    return _CAPTION_RE.search(stripped) is not None


# The patterns as one alternation (all case-insensitive): it fullmatches a line exactly
# when one of them does, in one call instead of six (tests/test_boilerplate_fast.py).
_ANY_PATTERN = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _PATTERNS), re.I)


def _is_boilerplate(line: str) -> bool:
    """`any(pattern.fullmatch(line) for pattern in _PATTERNS)`."""
    return _ANY_PATTERN.fullmatch(line) is not None


def strip_boilerplate(text: str) -> tuple[str, list[str]]:
    """`text` without publisher boilerplate lines, and the removed lines (stripped)."""
    kept: list[str] = []
    removed: list[str] = []
    seen_captions: set[str] = set()
    previous = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        repeated = len(stripped) >= MIN_REPEATED_LINE_CHARS and (
            stripped == previous or stripped in seen_captions
        )
        if repeated or _is_boilerplate(stripped):
            removed.append(stripped)
            continue
        if _is_caption(stripped):
            seen_captions.add(stripped)
        previous = stripped
        kept.append(line)
    if not removed:
        return text, removed
    cleaned = _BLANK_RUN_RE.sub("\n\n", "\n".join(kept)).strip()
    return cleaned, removed
