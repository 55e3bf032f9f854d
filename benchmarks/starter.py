"""The parent side of the `app start` case: start a child of benchmarks/startup_child.py and
wait for its line, a fresh process each time. Kept out of benchmarks/cases so it can be used
without registering the case."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from benchmarks import startup_child
from tokocrm.config import DB_ENV_VAR

CHILD = Path(startup_child.__file__).resolve()  # run as a script, by path
WINDOWS = {"ours": "MainWindow", "bare": "QMainWindow"}  # the class each side must show first
TIMEOUT_S = 120  # one start takes a second or two; a child that hangs is killed


class Starter:
    """Starts children and waits for their line; a child that has reported waits, idle, until
    `between` closes its stdin before the next pair of runs, off the clock."""

    def __init__(self, folder: Path, url: str) -> None:
        # Settings and log in a folder of this run (on Linux), so the start reads no saved
        # window state and writes nothing to the user's log.
        self._env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DB_ENV_VAR: url,
                     "XDG_CONFIG_HOME": str(folder / "config"),
                     "XDG_STATE_HOME": str(folder / "state")}
        self._stderr: dict[str, IO[bytes]] = {
            side: (folder / f"{side}.stderr").open("w+b") for side in WINDOWS}
        self._live: list[subprocess.Popen[str]] = []

    def start(self, side: str) -> str:
        """The timed span: spawn, and read the child's line."""
        child = subprocess.Popen([sys.executable, str(CHILD), side], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=self._stderr[side],
                                 env=self._env, text=True)
        self._live.append(child)
        watchdog = threading.Timer(TIMEOUT_S, child.kill)
        watchdog.start()
        try:
            line = child.stdout.readline() if child.stdout else ""
        finally:
            watchdog.cancel()
        expected = f"{startup_child.MARKER} {WINDOWS[side]}"
        if line.strip() != expected:
            raise RuntimeError(f"app start ({side}): the child said {line.strip()!r}, not "
                               f"{expected!r}, within {TIMEOUT_S} s; its stderr ends:\n"
                               f"{self._stderr_tail(side)}")
        return line

    def between(self, sides: list[str]) -> Iterator[str]:
        """The inputs of one side; ends the children of the previous pair before each run."""
        for side in sides:
            self.reap()
            yield side
        self.reap()

    def reap(self) -> None:
        for child in self._live:
            if child.stdin:
                child.stdin.close()
            try:
                child.wait(timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            if child.stdout:
                child.stdout.close()
        self._live.clear()

    def close(self) -> None:
        for child in self._live:
            child.kill()
        self.reap()
        for file in self._stderr.values():
            file.close()

    def _stderr_tail(self, side: str, lines: int = 20) -> str:
        file = self._stderr[side]
        file.flush()
        file.seek(0)
        text = file.read().decode(errors="replace")
        return "\n".join(text.splitlines()[-lines:])
