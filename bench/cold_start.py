"""Cold start of the window: from launching the program until its main window is shown.

Usage: .venv/bin/python bench/cold_start.py [--runs 5] [--size small|large]
Launches `python -m desktop_crm` offscreen on a prepared data folder, waits for the log line
the window writes when it is first shown, and prints the median and spread of the wall times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN_MARK = "main window shown"
TIMEOUT_S = 120


def _log_text(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""


def one_start(basedir: Path) -> float:
    log = basedir / "logs" / "desktop-crm.log"
    seen_before = _log_text(log).count(SHOWN_MARK)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_crm", "--basedir", str(basedir), "--first-run", "empty"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while _log_text(log).count(SHOWN_MARK) == seen_before:
            if proc.poll() is not None:
                raise RuntimeError(f"the program exited with {proc.returncode}; see {log}")
            if time.perf_counter() - start > TIMEOUT_S:
                raise RuntimeError("the window was not shown in time")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", choices=("small", "large"), default="small")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        basedir = Path(folder)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_crm",
                "--basedir",
                str(basedir),
                "demo",
                "--size",
                args.size,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        one_start(basedir)  # first start writes the daily backup; not what we measure
        times = [one_start(basedir) for _ in range(args.runs)]
    print(f"cold start to window shown ({args.size} data, {args.runs} runs):")
    print(
        f"  median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
