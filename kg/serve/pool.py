"""Worker processes that hold the store and run jobs, each within a time limit.

pyoxigraph cannot cancel a running query, and a thread running one cannot be stopped. So every
job runs in a worker process; when a job outlives the time limit its worker is killed and a fresh
one started in the background, and the caller gets a 503 at once. Other requests keep being
served by the other workers (a writable store has a single worker: it is the one writer).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from kg.errors import KgError, StoreError
from kg.serve.jobs import Failure
from kg.serve.settings import Settings
from kg.serve.worker import READY, serve_jobs

_STARTUP_SECONDS = 60.0


class JobError(KgError):
    """A job that ended in a :class:`Failure` (its HTTP status and message)."""

    def __init__(self, failure: Failure):
        self.failure = failure
        super().__init__(failure.message)


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """``settings.worker_count`` workers over the store at ``settings.store``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(settings.worker_count):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=serve_jobs,
            args=(child, str(self.settings.store), self.settings.writable),
            daemon=True,
            name="kg-serve-worker",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        if not parent.poll(_STARTUP_SECONDS):
            worker.stop()
            raise StoreError(f"the query worker did not open {self.settings.store} in time")
        first = parent.recv()
        if first != READY:
            worker.stop()
            message = first.message if isinstance(first, Failure) else repr(first)
            raise StoreError(message)
        with self._lock:
            self._workers.append(worker)
        return worker

    def run(self, job: Any) -> Any:
        """The job's result; raises :class:`JobError` on an error, a timeout or a busy server."""
        timeout = self.settings.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise JobError(Failure(503, "every query worker is busy; try again shortly")) from None
        try:
            worker.conn.send(job)
            finished = worker.conn.poll(timeout)
            reply = worker.conn.recv() if finished else None
        except (EOFError, OSError):
            self._replace(worker)
            raise JobError(Failure(500, "the query worker stopped unexpectedly")) from None
        if not finished:
            self._replace(worker)
            raise JobError(
                Failure(
                    503,
                    f"the query ran longer than the time limit of {timeout:g} s and was "
                    "stopped; narrow it or add a LIMIT",
                )
            )
        self._idle.put(worker)
        if isinstance(reply, Failure):
            raise JobError(reply)
        return reply

    def _replace(self, worker: _Worker) -> None:
        """Stop a worker and start its successor without making the caller wait."""
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
        worker.stop()

        def restart() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._start())
            except KgError as exc:  # the store went away: later requests will report "busy"
                logging.getLogger("kg.serve").error("could not restart a query worker: %s", exc)

        threading.Thread(target=restart, name="kg-serve-restart", daemon=True).start()

    def close(self) -> None:
        """Stop every worker (the store is closed with them)."""
        self._closed = True
        with self._lock:
            workers, self._workers = self._workers, []
        for worker in workers:
            try:
                worker.conn.send(None)
                worker.process.join(timeout=5)
            except OSError:
                pass
            worker.stop()
