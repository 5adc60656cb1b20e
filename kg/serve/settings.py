"""What an endpoint allows: where the store is, whether it may write, and its limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """The options of ``kg serve``; the defaults are the safe ones (read-only, no fetching)."""

    store: Path
    writable: bool = False
    timeout: float = 10.0
    max_rows: int = 10_000
    allow_service: bool = False
    allow_load: bool = False
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    workers: int = 2

    @property
    def worker_count(self) -> int:
        """A writable store has one writer, so one worker; a read-only one can share."""
        return 1 if self.writable else max(1, self.workers)
