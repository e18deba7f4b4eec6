"""Bytes to text: size cap, binary detection, encoding detection, normalisation.

Every problem is raised as `InputError(label, problem)`; the loader decides whether it
stops the run (strict) or becomes a Skipped line.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from timeline.errors import InputError

MEGABYTE = 1024 * 1024
MAX_ARTICLE_BYTES = 20 * MEGABYTE  # larger files (or JSONL lines) are skipped as too large
BINARY_SNIFF_BYTES = 8192  # NUL bytes in this prefix mean a binary file
MAX_CONTROL_RATIO = 0.05  # more control characters than this in decoded text: binary

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"SQLite format 3\x00", "SQLite"),
)
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters (Unicode category Cc: C0, DEL and C1) other than \t \n \v \f \r.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text and, when it was not UTF-8, the encoding used."""

    text: str
    encoding: str | None = None


def binary_kind(raw: bytes) -> str | None:
    """'PDF', 'zip', ... for a known binary format; '' for other binary data; None for text."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    if raw[8:12] == b"WEBP" and raw.startswith(b"RIFF"):
        return "WebP"
    if raw[4:8] == b"ftyp":
        return "MP4"
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        return ""
    return None


def _binary_problem(kind: str) -> str:
    return f"binary file ({kind}), not an article" if kind else "binary file, not an article"


def check_not_binary(head: bytes, label: str) -> None:
    """Raise InputError if `head` (the first bytes of an input) shows a binary file."""
    kind = binary_kind(head)
    if kind is not None:
        raise InputError(label, _binary_problem(kind))


def read_capped(path: Path, label: str) -> bytes:
    """The bytes of `path`, refusing files over MAX_ARTICLE_BYTES without reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(label, too_large(size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError as exc:
        raise InputError(label, "no such file or directory") from exc
    except PermissionError as exc:
        raise InputError(label, "permission denied") from exc
    except OSError as exc:
        raise InputError(label, f"cannot read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError(label, too_large(len(raw)))
    return raw


def too_large(size: int) -> str:
    """The problem message for an input over the size cap."""
    return f"too large ({size / MEGABYTE:.1f} MB; the limit is {MAX_ARTICLE_BYTES // MEGABYTE} MB)"


def _control_ratio(text: str) -> float:
    sample = text[:BINARY_SNIFF_BYTES]
    if not sample:
        return 0.0
    return len(_CONTROLS.findall(sample)) / len(sample)


def decode_bytes(raw: bytes, label: str) -> Decoded:
    """Decode `raw` (UTF-8 with or without BOM, other BOMs, else detected) or raise InputError."""
    if not raw.strip():
        raise InputError(label, "empty file")
    decoded: Decoded | None = None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
            decoded = Decoded(text, None if encoding == "utf-8" else encoding)
            break
    if decoded is None:
        check_not_binary(raw, label)
        try:
            decoded = Decoded(raw.decode("utf-8"))
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(raw).best()
            if best is None:
                raise InputError(label, "cannot detect the text encoding (not UTF-8)") from None
            decoded = Decoded(str(best), best.encoding)
    if _control_ratio(decoded.text) > MAX_CONTROL_RATIO:
        raise InputError(label, _binary_problem(""))
    return decoded


def normalise_text(text: str) -> str:
    """`\\n` line ends, no BOM or NUL, no lone surrogates, no surrounding whitespace."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.lstrip("\ufeff")
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text.strip()
