"""The worker process: opens the store once, then runs jobs sent over a pipe until told to stop.

Started by :mod:`kg.serve.pool` with the ``spawn`` method, so it shares nothing with the HTTP
process but the pipe. Any kg error becomes a :class:`~kg.serve.jobs.Failure`; anything else is
reported as a 500 with its type, and the worker carries on.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

READY = "ready"


def serve_jobs(conn: Connection, store_path: str, writable: bool) -> None:
    """Entry point of a worker process."""
    from kg.errors import KgError
    from kg.serve.jobs import Failure, failure_of
    from kg.store import Store

    try:
        store = Store(Path(store_path), read_only=not writable)
    except KgError as exc:
        conn.send(failure_of(exc))
        return
    conn.send(READY)
    with store:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return
            try:
                reply = job.run(store)
            except KgError as exc:
                reply = failure_of(exc)
            except Exception as exc:  # a bug must not take the endpoint down with it
                reply = Failure(500, f"internal error ({type(exc).__name__}): {exc}")
            conn.send(reply)
