"""How a command and the processes it starts end together.

A SIGTERM (``kill PID``, a service manager or a scheduler stopping the job) must end a command
the way Ctrl-C does: its reading workers stopped at once, every finished bundle kept, nothing
half-written.  Python's default for SIGTERM is to die on the spot, which skips all of that and
leaves the pool's workers blocked on a pipe nobody reads, OCR-ing for no one.  So the command's
own process turns SIGTERM into ``Terminated``, a ``KeyboardInterrupt``: every path that already
handles Ctrl-C (the pool terminating its workers, the batch saving its summaries) handles it.

A handler in the parent cannot see the parent being killed outright (SIGKILL, the kernel's
out-of-memory killer).  For that, each worker asks the kernel to send it SIGTERM when its parent
dies (``prctl(PR_SET_PDEATHSIG)``, Linux; elsewhere there is no such request and this is a no-op).
"""

from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
EXIT_TERMINATED = 128 + signal.SIGTERM  # as a shell reports a command ended by SIGTERM (130 is Ctrl-C's)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread where Ctrl-C's KeyboardInterrupt would be."""


_owner: int | None = None  # the process that asked for ``Terminated``
_terminated = False


def stop_on_sigterm() -> None:
    """In the command's own process: a SIGTERM raises ``Terminated`` (once)."""
    global _owner
    _owner = os.getpid()
    signal.signal(signal.SIGTERM, _on_sigterm)


def terminated() -> bool:
    """Whether this process was asked to stop by SIGTERM (its exit code and words differ from Ctrl-C's)."""
    return _terminated


def _on_sigterm(signum, frame) -> None:  # noqa: ANN001 - the signal module's signature
    global _terminated
    if os.getpid() != _owner:
        # A forked worker, before its initializer put SIGTERM back to the default: it was told
        # to stop, so it stops, rather than raise into the pool's bootstrap (a traceback).
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    if _terminated:
        return  # already stopping in order: a second SIGTERM must not break off the saving of what is done
    _terminated = True
    raise Terminated()


def worker_start() -> None:
    """First thing in every worker process of a reading pool.

    Ctrl-C goes to the whole process group: it is the command's to handle (it stops the
    workers and keeps what is finished), so a worker ignores it rather than print a traceback.
    SIGTERM is what the command sends a worker to stop it: the default (die) again, whatever
    handler a fork copied.  And the worker dies with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()


def die_with_parent() -> bool:
    """Ask the kernel to SIGTERM this process when its parent dies; True when it was asked.

    The request is tied to the parent at the time of the call: a parent that died just before it
    (this process already handed to init) is checked for after, and this process ends too."""
    if not sys.platform.startswith("linux"):
        return False  # no such request elsewhere; the parent's own shutdown still stops its workers
    import ctypes
    import multiprocessing

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):  # a libc without prctl (musl builds have it; be safe)
        return False
    parent = multiprocessing.parent_process()
    if parent is not None and parent.pid is not None and os.getppid() != parent.pid:
        os.kill(os.getpid(), signal.SIGTERM)
    return True
