"""Write files so that a reader sees the old version or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from factcards.errors import OutputError


def write_atomic(path: str | Path, text: str, *, durable: bool = True) -> None:
    """Write `text` to a temporary file beside `path`, flush it to disk, then rename it
    over `path`. On any failure the previous file is untouched and no temp file is left.

    `durable=False` skips waiting for the disk (fsync) and keeps the rest: for a cache entry,
    which a crash may lose but never leave half written, and whose reader takes a missing or
    damaged entry as "work it out again". Waiting for the disk once per article was 2.5 s of a
    3,000-article `daily`."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise OutputError(target, err.strerror or str(err)) from None
    try:
        os.chmod(tmp, _mode_for(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise OutputError(target, err.strerror or str(err)) from None
        raise


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp's are 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
