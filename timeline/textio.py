"""Turning the bytes of an input file into text, or a clear reason why not."""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError, OutputError

# Share of control characters (other than tab, newline, carriage return, form feed)
# above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")
# Detected encodings with more "chaos" than this are not a plausible reading of the bytes.
_MAX_CHAOS = 0.3


def decode_text(data: bytes, name: str) -> str:
    """Decode an input file: UTF-8 (with or without BOM), UTF-16 by BOM, else a detected encoding.

    Raises InputError naming `name` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError(f"{name} is empty; give a file that contains an article")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(_undecodable(name)) from None
        return _checked(text, name)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is a binary file, not text; give a .txt, .html or .jsonl article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detected(data, name)
    return _checked(text, name)


# Among equally plausible readings, the legacy encoding of most English-language text.
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")


def _detected(data: bytes, name: str) -> str:
    matches = [m for m in from_bytes(data) if m.chaos <= _MAX_CHAOS]
    if not matches:
        raise InputError(_undecodable(name))
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos == least]
    for encoding in _PREFERRED_LEGACY:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    return str(tied[0])


def _undecodable(name: str) -> str:
    return f"{name} is not text in any known encoding; save it as UTF-8 and try again"


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name} is empty; give a file that contains an article")
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{name} is a binary file, not text; give a .txt, .html or .jsonl article")
    return text


def read_input_bytes(path: Path) -> bytes:
    """Read a whole input file, turning OS errors into InputError."""
    if not path.exists():
        raise InputError(f"{path} does not exist; check the path")
    if path.is_dir():
        raise InputError(f"{path} is a directory; give article files (.txt, .html, .jsonl)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror}); check its permissions") from exc


def _file_mode() -> int:
    # Temporary files are private (0600); finished output gets the usual mode for new files.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _file_mode()


def write_files_atomically(files: Mapping[Path, bytes]) -> list[Path]:
    """Write every file or none: each goes to a temporary file first, then all are renamed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((Path(tmp_name), path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.chmod(tmp_name, _FILE_MODE)
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        where = exc.filename or "the output folder"
        raise OutputError(f"cannot write {where} ({exc.strerror}); choose another folder") from exc
    return [path for _, path in staged]
