"""Shared by the benchmarks: the VOA corpus made bigger, and whole commands timed with the peak
memory of every process they start (sampled from /proc, children and grandchildren included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"
PYTHON = sys.executable
DETENTE = str(Path(PYTHON).with_name("detente"))


def voa_records() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_corpus(path: Path, copies: int | None = None, megabytes: float | None = None) -> tuple[int, int]:
    """The VOA stories repeated (``copies`` times, or to ``megabytes``) as JSON Lines, each copy
    with its own id and a last line of its own (so that no copy is the same text as another,
    which the store would skip). Returns (documents, words)."""
    records, written, words, size, copy = voa_records(), 0, 0, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while (copies is not None and copy < copies) or (megabytes is not None and size < megabytes * 1e6):
            for record in records:
                text = str(record["text"]) if copy == 0 else f"{record['text']}\n\nCopy {copy}."
                out.write(json.dumps({**record, "id": f"{record['id']}-{copy}", "text": text}) + "\n")
                written, words, size = written + 1, words + len(text.split()), size + len(text.encode())
                if megabytes is not None and size >= megabytes * 1e6:
                    break
            copy += 1
    return written, words


@dataclass
class Run:
    """A command's wall time, and the peak resident memory (VmHWM) and CPU time of each process
    it started (sampled: a process that lives less than a second may be missed)."""

    seconds: float
    peaks: dict[int, int] = field(default_factory=dict)  # pid -> bytes
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> CPU seconds (last sample)
    returncode: int = 0

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    @property
    def main_peak(self) -> int:
        return next(iter(self.peaks.values()), 0)

    @property
    def child_peak(self) -> int:
        return max(list(self.peaks.values())[1:], default=0)


def _tree(root: int) -> list[int]:
    """The pid and every descendant of ``root`` (from /proc/*/stat; a few ms)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _peak(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def timed(command: list[str], env: dict[str, str] | None = None, stdout: Path | None = None) -> Run:
    """Run ``command`` to the end (its output to ``stdout`` or nowhere); time it and sample memory."""
    sink = stdout.open("wb") if stdout else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    run = Run(0.0)
    done = threading.Event()

    def sample() -> None:  # the process tree every second, each process's peak and CPU every tenth
        pids, tick = [process.pid], 0
        while not done.is_set():
            if tick % 10 == 0:
                pids = _tree(process.pid)
            for pid in pids:
                peak, cpu = _peak(pid), _cpu(pid)
                if peak is not None:
                    run.peaks[pid] = max(run.peaks.get(pid, 0), peak)
                if cpu is not None:
                    run.cpu[pid] = max(run.cpu.get(pid, 0.0), cpu)
            tick += 1
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, error = process.communicate()
    run.seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if stdout:
        sink.close()  # type: ignore[union-attr]
    run.returncode = process.returncode
    if process.returncode:
        sys.stderr.write(error.decode(errors="replace")[-2000:])
    return run


def mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"
