"""A time limit for one parse that can always be enforced.

A Python thread cannot be stopped from outside, so the limit is never a thread. Where
the process can receive SIGALRM in the calling thread (POSIX, the main thread), an
interval timer interrupts the parse in place: the regular expression engine checks for
signals, so even a long match stops within milliseconds. Anywhere else (Windows, or a
call from another thread) the parse runs in a child process that is killed when the
time is up. Either way the caller gets `ParseTimeoutError` (code `timeout`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import threading
import types
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import DagsordenError, ParseTimeoutError

T = TypeVar("T")


class _Expired(BaseException):
    """Raised by the alarm handler; a BaseException so `except Exception` cannot eat it."""


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def call_with_timeout(
    func: Callable[..., T], args: tuple[Any, ...], seconds: float | None, name: str
) -> T:
    """`func(*args)`, or `ParseTimeoutError` naming `name` after `seconds` (None: no limit).

    `func` must be a module-level function (it may run in a child process).
    """
    if seconds is None:
        return func(*args)
    if seconds <= 0:
        raise ValueError("timeout must be positive")
    if _alarm_usable():
        return _with_alarm(func, args, seconds, name)
    return _in_child(func, args, seconds, name)


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    left, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if left:  # an outer timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(left - seconds, 0.001), interval)


def _with_alarm(func: Callable[..., T], args: tuple[Any, ...], seconds: float, name: str) -> T:
    try:
        with _alarm(seconds):
            return func(*args)
    except _Expired:
        raise ParseTimeoutError(name, f"parsing took longer than {seconds:g} s") from None


def _child(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        conn.send(("ok", func(*args)))
    except DagsordenError as exc:
        conn.send(("error", type(exc).__name__, exc.path, exc.problem))
    except Exception as exc:
        conn.send(("crash", type(exc).__name__, str(exc), ""))
    finally:
        conn.close()


def _in_child(func: Callable[..., T], args: tuple[Any, ...], seconds: float, name: str) -> T:
    from . import errors

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process: Any = ctx.Process(target=_child, args=(send, func, args), daemon=True)
    with without_main_module():  # the caller's script is not run again
        process.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ParseTimeoutError(name, f"parsing took longer than {seconds:g} s")
        try:
            reply = receive.recv()
        except EOFError:
            raise RuntimeError(f"{name}: the parsing process died") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receive.close()
    if reply[0] == "ok":
        result: T = reply[1]
        return result
    if reply[0] == "error":
        error_class = getattr(errors, reply[1], DagsordenError)
        raise error_class(reply[2], reply[3])
    raise RuntimeError(f"{name}: {reply[1]}: {reply[2]}")


@contextlib.contextmanager
def without_main_module() -> Iterator[None]:
    """Start workers without the caller's `__main__`: the workers run only this package,
    so a script that calls `convert()` at its top level (no `if __name__ ==
    "__main__":` guard) is not run again in every worker. forkserver and spawn would
    otherwise import the script in the child, which would call `convert()` again."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main
