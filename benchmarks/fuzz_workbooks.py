"""Random mutations of small valid workbooks through the whole read (pre-scan, python-calamine,
Python lists), each in a forked child under 1.5 GB of address space and 5 s of CPU: does anything
still kill the process (a signal), run away (CPU limit), or raise something that is not a clean
refusal? Outside the test suite: it runs for minutes (Linux only; `resource` and `fork`).

    python benchmarks/fuzz_workbooks.py                  # 120 s per format
    python benchmarks/fuzz_workbooks.py --seconds 60 --formats xls xlsb --keep out/fuzz

Mutations: bytes overwritten with random or extreme values (0, 0xFF…, small and large integers
written over 2 or 4 bytes), bytes inserted or removed, an end tag removed, the file cut short; in zipped formats the
mutation is made to one uncompressed part and the zip written again (a byte flip in the
compressed data would only fail the CRC), in .xls to the compound file or to its Workbook stream.
Prints a table per format: cases, clean reads, refusals, internal errors, signals, timeouts.
"""
from __future__ import annotations

import argparse
import collections
import io
import os
import random
import resource
import signal
import struct
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests import hostile_binary, hostile_files  # noqa: E402

MEMORY_MB, CPU_SECONDS = 1536, 5
EXTREMES = [0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x3FFF, 0x4000, 0xFFFF, 0x10000, 0xFFFFF, 0x100000, 0x7FFFFFFF,
            0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]


def samples(folder: Path) -> dict[str, bytes]:
    xlsx = hostile_files.write_xlsx(folder / "s.xlsx", hostile_files.SHEET_OPEN + hostile_files.catalog_rows_xml(
        ["a", "b", "c", "2023-01-01", "2023-01-02"]) + hostile_files.SHEET_CLOSE)
    cells = [(2, 0, "第三行"), (2, 1, ("sst", 0)), (3, 2, 7.5)]
    return {
        "xlsx": xlsx.read_bytes(),
        "xls": hostile_binary.biff_catalog(*cells, strings=["共享文字", "x" * 300]),
        "xlsb": hostile_binary.write_xlsb(folder / "s.xlsb", *cells, strings=["共享文字", "y" * 300]).read_bytes(),
        "ods": hostile_files.write_ods(folder / "s.ods", "").read_bytes(),
    }


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 5, 8])):
        kind = rng.random()
        if not buffer:
            break
        position = rng.randrange(len(buffer))
        if kind < 0.35:
            buffer[position] = rng.randrange(256)
        elif kind < 0.7:
            width = rng.choice([2, 4])
            value = rng.choice(EXTREMES + [rng.randrange(1 << (8 * width))]) & ((1 << (8 * width)) - 1)
            buffer[position:position + width] = value.to_bytes(width, "little")
        elif kind < 0.8:
            buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        elif kind < 0.85:
            del buffer[position:position + rng.randrange(1, 9)]
        elif kind < 0.9:  # an end tag (or any "</…>") removed: readers that wait for it
            ends = [index for index in range(len(buffer) - 1) if buffer[index:index + 2] == b"</"]
            if ends:
                start = rng.choice(ends)
                stop = buffer.find(b">", start)
                del buffer[start:stop + 1 if stop > 0 else start + 2]
        else:
            del buffer[rng.randrange(len(buffer) + 1):]
    return bytes(buffer)


def mutate(form: str, sample: bytes, rng: random.Random) -> bytes:
    if form == "xls":
        if rng.random() < 0.5:
            return mutate_bytes(sample, rng)
        stream = sample[3 * 512:]  # the Workbook stream starts at sector 2 in these samples
        return sample[:3 * 512] + mutate_bytes(stream, rng)[:len(stream)].ljust(len(stream), b"\0")
    with zipfile.ZipFile(io.BytesIO(sample)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    target = rng.choice([name for name in parts if name != "mimetype"])
    parts[target] = mutate_bytes(parts[target], rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def run_one(path: str) -> tuple[str, str]:
    """(outcome, detail): read the file in a forked child under the limits."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
            resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
            from govopen_cli.errors import GovopenError
            from govopen_cli.io.read import read_datasets

            try:
                read_datasets(path)
            except GovopenError:
                code = 10
        except BaseException as error:  # noqa: BLE001 - reported to the parent by exit code
            with open(path + ".error", "w", encoding="utf-8") as handle:
                handle.write(f"{type(error).__name__}: {error}"[:300])
            code = 20
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        return ("timeout" if number in (signal.SIGXCPU, signal.SIGKILL) else "signal"), signal.Signals(number).name
    code = os.WEXITSTATUS(status)
    if code == 20:
        detail = Path(path + ".error").read_text(encoding="utf-8")
        return "error", detail
    return ("read" if code == 0 else "refused"), ""


def main() -> None:
    global LIMIT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120, help="每种格式运行的秒数")
    parser.add_argument("--formats", nargs="*", default=["xlsx", "xls", "xlsb", "ods"])
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--keep", metavar="文件夹", help="把导致信号、超时或内部错误的文件保存到此")
    options = parser.parse_args()
    import python_calamine  # noqa: F401 - imported once, inherited by every child

    import govopen_cli.io.read  # noqa: F401

    with open("/proc/self/status", encoding="ascii") as handle:
        mapped = next(int(line.split()[1]) << 10 for line in handle if line.startswith("VmSize:"))
    LIMIT = mapped + (MEMORY_MB << 20)
    keep = Path(options.keep) if options.keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    rng = random.Random(options.seed)
    print(f"机器负载 {os.getloadavg()[0]:.2f}；每种格式 {options.seconds:.0f} 秒；种子 {options.seed}")
    with tempfile.TemporaryDirectory() as folder:
        bases = samples(Path(folder))
        for form in options.formats:
            counts: collections.Counter = collections.Counter()
            details: collections.Counter = collections.Counter()
            deadline = time.monotonic() + options.seconds
            while time.monotonic() < deadline:
                data = mutate(form, bases[form], rng)
                path = os.path.join(folder, f"case.{form}")
                Path(path).write_bytes(data)
                outcome, detail = run_one(path)
                counts[outcome] += 1
                if outcome in ("signal", "timeout", "error"):
                    details[f"{outcome}: {detail}"] += 1
                    if keep:
                        (keep / f"{form}-{outcome}-{counts[outcome]}.{form}").write_bytes(data)
            total = sum(counts.values())
            print(f"{form:5} 用例 {total:6,}  读出 {counts['read']:6,}  拒绝 {counts['refused']:6,}  内部错误 "
                  f"{counts['error']:4}  信号 {counts['signal']:4}  超时 {counts['timeout']:4}", flush=True)
            for detail, number in details.most_common(8):
                print(f"      {number:5} × {detail[:150]}")


LIMIT = 0

if __name__ == "__main__":
    main()
