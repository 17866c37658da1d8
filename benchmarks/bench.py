"""Benchmark: govopen check against frictionless validate and a bare read, in one run.

    python benchmarks/bench.py                        # 100,000 rows (xlsx and CSV)
    python benchmarks/bench.py --rows 20000 --repeat 1
    python benchmarks/bench.py --frictionless-rows 20000   # frictionless on the first 20,000 rows only, extrapolated

It writes its own data into benchmarks/data/ (git-ignored; reused when already there): a catalog
of realistic rows with about 1% defects, as xlsx (title row, blank row, alias headers, Excel date
cells and text dates) and as UTF-8 CSV. Then it times, each in a fresh subprocess so that wall time
includes interpreter start-up and imports and peak memory is that process's own (os.wait4):

  (a) python -m govopen_cli check FILE --format json -o benchmarks/out/… --as-of 2024-01-31
  (b) frictionless validate (Python API, limit_errors off) with an equivalent Table Schema:
      required fields, unique 索引号, patterns for 文号 and 索引号, enum for 公开方式, dates as
      strings with a pattern (frictionless has no type for our date forms)
  (c) the bare read: python-calamine for xlsx, pandas.read_csv for CSV

and prints a table of seconds, peak memory and the ratios against the targets of DESIGN §9.
Note: the result is written to benchmarks/out/, never to /dev/null (govopen writes atomically:
temp file + rename, which would replace a device file).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
OUT = os.path.join(HERE, "out")
SEED = 20240131
DATA_VERSION = 5  # bump when the generated data changes (cached files are regenerated)
AS_OF = "2024-01-31"
SHEET = "公开目录"
HEADER_ROW = 3  # title row, blank row, header

# Targets of DESIGN §9.
TARGET_XLSX_SECONDS = 8.0
TARGET_SPEEDUP = 10.0
TARGET_OVERHEAD = 1.5

# --- data ---------------------------------------------------------------------------------------

HEADERS = ["序号", "索取号", "标题", "摘要", "发文机关", "成文日期", "公开日期", "发文字号", "公开属性",
           "不予公开理由", "主题分类", "体裁分类", "责任科室"]
USCC = "11370881004341590W"  # see samples/make_samples.py (GB 32100 check character computed there)
USCC_WRONG = "11370881004341590X"
DOCNO_PREFIXES = ["曲交发", "曲交字", "曲交办发", "曲交建复"]
TOPICS = ["工业、交通\\公路", "财政、金融、审计\\财政", "综合政务\\政务公开", "国民经济管理、国有资产监管\\重大建设项目",
          "市场监管、安全生产监管\\安全生产监管", "劳动、人事、监察\\人事工作", "综合政务\\应急管理"]
GENRES = ["通知", "公告", "通告", "报告", "方案", "决定", "公示", "解读", "其他"]
UNITS = ["局办公室", "局财务科", "局综合法规科", "局规划建设管理科", "局运输管理科", "市公路事业发展中心",
         "局安全监督科", "市交通运输综合执法大队", "局行政审批科"]
COMPANIES = ["曲阜市鸿运物流有限公司", "曲阜市圣城客运有限公司", "曲阜市通达货运有限公司", "曲阜市尼山旅游客运有限公司",
             "曲阜市孔林运输服务有限公司", "济宁市畅通物流有限公司", "曲阜市华阳商贸物流有限公司", "曲阜市东方公交有限公司"]
ROADS = ["G327国道曲阜段", "G104国道曲阜段", "S244省道曲阜段", "曲尼路", "曲宁路", "孔子大道", "曲泗路", "新326省道"]
VIOLATIONS = ["超限运输", "未按规定携带道路运输证", "擅自改装运输车辆", "未按核定线路运营", "站外上客", "超员运输"]
LICENCES = ["道路货物运输经营许可", "道路旅客运输经营许可", "机动车维修经营备案", "超限运输车辆行驶公路许可", "涉路施工许可"]
REASONS = ["属于过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）",
           "属于内部事务信息（《中华人民共和国政府信息公开条例》第十六条第一款）",
           "涉及商业秘密（《中华人民共和国政府信息公开条例》第十五条）"]

# Injected defect classes -> the national-baseline check that must report them.
DEFECTS = {
    "empty-summary": "B.required", "empty-index": "B.required", "docno-brackets": "B.docno",
    "docno-zero": "B.docno", "bad-date": "B.dates", "date-order": "B.date-order", "late": "B.timeliness",
    "check-digit": "B.index-check-digit", "index-format": "B.index-format", "index-duplicate": "B.index-unique",
    "mode": "B.disclosure-mode", "no-reason": "B.non-disclosure-reason", "mobile": "B.privacy",
}


def workdays_2023() -> list[dt.date]:
    import chinese_calendar

    day, days = dt.date(2023, 1, 1), []
    while day <= dt.date(2024, 1, 31):
        if chinese_calendar.is_workday(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def make_rows(count: int) -> tuple[list[dict], dict[str, int]]:
    """Rows as dicts of header -> value (date objects for date cells) and the injected defect counts."""
    rng = random.Random(SEED)
    workdays = workdays_2023()
    last_generated = workdays.index(max(d for d in workdays if d.year == 2023))
    generated_positions = sorted(rng.randrange(0, last_generated - 12) for _ in range(count))
    counters = {prefix: 0 for prefix in DOCNO_PREFIXES}
    rows = []
    for serial, position in enumerate(generated_positions, start=1):
        generated = workdays[position]
        published = workdays[position + rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 8])]
        kind = rng.random()
        docno = ""
        if kind < 0.35:
            party, violation = rng.choice(COMPANIES), rng.choice(VIOLATIONS)
            title = f"行政处罚决定信息公开（{party}{violation}）"
            summary = f"当事人{party}{violation}，依法给予罚款{rng.choice([500, 1000, 2000, 5000])}元的行政处罚。"
        elif kind < 0.65:
            party, licence = rng.choice(COMPANIES), rng.choice(LICENCES)
            title = f"{licence}决定（{party}）"
            summary = f"准予{party}{licence}，有效期至{2023 + rng.choice([4, 6])}年{generated.month}月。"
        elif kind < 0.85:
            road = rng.choice(ROADS)
            title = f"关于{road}路面维修施工期间实行交通管制的通告"
            summary = f"{road}路面维修施工期间实行半幅通行，请过往车辆减速慢行、绕行。"
        else:
            prefix = rng.choice(DOCNO_PREFIXES)
            counters[prefix] += 1
            docno = f"{prefix}〔2023〕{counters[prefix]}号"
            road = rng.choice(ROADS)
            title = f"曲阜市交通运输局关于加强{road}养护管理的通知"
            summary = f"明确{road}日常养护责任、巡查频次和考核办法。"
        form = rng.random()
        generated_value: object = generated
        if form < 0.10:
            generated_value = f"{generated.year}年{generated.month}月{generated.day}日"
        elif form < 0.15:
            generated_value = f"{generated.year}/{generated.month}/{generated.day}"
        published_value: object = published
        if rng.random() < 0.25:
            published_value = dt.datetime.combine(published, dt.time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
        mode, reason = "主动公开", ""
        if rng.random() < 0.02:
            mode, reason = "依申请公开", rng.choice(REASONS)
        rows.append({
            "序号": serial, "索取号": f"{USCC}/2023-{serial:06d}", "标题": title, "摘要": summary,
            "发文机关": "曲阜市交通运输局", "成文日期": generated_value, "公开日期": published_value,
            "发文字号": docno, "公开属性": mode, "不予公开理由": reason, "主题分类": rng.choice(TOPICS),
            "体裁分类": rng.choice(GENRES), "责任科室": rng.choice(UNITS),
        })

    # About 1% defects, spread over the file; each row gets at most one.
    injected = {name: 0 for name in DEFECTS}
    chosen = rng.sample(range(1, count), max(len(DEFECTS), count // 100))
    names = list(DEFECTS)
    for number, index in enumerate(chosen):
        row, name = rows[index], names[number % len(names)]
        if name == "empty-summary":
            row["摘要"] = ""
        elif name == "empty-index":
            row["索取号"] = ""
        elif name == "docno-brackets":
            row["发文字号"] = f"曲交发[2023]{rng.randint(1, 99)}号"
        elif name == "docno-zero":
            row["发文字号"] = f"曲交字〔2023〕0{rng.randint(1, 99)}号"
        elif name == "bad-date":
            row["成文日期"] = "2023-02-30"
        elif name == "date-order":
            row["成文日期"], row["公开日期"] = dt.date(2023, 6, 20), dt.date(2023, 6, 16)
        elif name == "late":  # timeliness applies to 主动公开 items only
            row["成文日期"], row["公开日期"] = dt.date(2023, 9, 20), dt.date(2023, 10, 25)
            row["公开属性"], row["不予公开理由"] = "主动公开", ""
        elif name == "check-digit":
            row["索取号"] = row["索取号"].replace(USCC, USCC_WRONG)
        elif name == "index-format":
            row["索取号"] = row["索取号"].replace("/", "")
        elif name == "index-duplicate":
            row["索取号"] = rows[index - 1]["索取号"] or f"{USCC}/2023-{index:06d}"
            if not rows[index - 1]["索取号"]:
                continue  # the previous row lost its 索引号 to another defect: no duplicate
        elif name == "mode":
            row["公开属性"] = "部分公开"
        elif name == "no-reason":
            row["公开属性"], row["不予公开理由"] = "依申请公开", ""
        elif name == "mobile":
            row["摘要"] += f"联系电话139{rng.randint(10000000, 99999999)}。"
        injected[name] += 1
    return rows, injected


def write_xlsx(path: str, rows: list[dict]) -> None:
    """openpyxl write-only mode: streams rows, constant memory."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET)
    sheet.append(["曲阜市交通运输局政府信息公开目录（2023年）"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([row[header] if row[header] != "" else None for header in HEADERS])
    workbook.save(path)


def text_date(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(path: str, rows: list[dict]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([text_date(row[header]) for header in HEADERS])
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(buffer.getvalue())


def ensure_data(rows: int, csv_rows: int) -> dict:
    """Generate (or reuse) the xlsx and CSV for `rows` / `csv_rows` rows."""
    os.makedirs(DATA, exist_ok=True)
    files = {}
    for kind, count in (("xlsx", rows), ("csv", csv_rows)):
        path = os.path.join(DATA, f"catalog-{count}.{kind}")
        meta_path = path + ".json"
        meta = None
        if os.path.exists(path) and os.path.exists(meta_path):
            with open(meta_path, encoding="utf-8") as handle:
                meta = json.load(handle)
            if meta.get("version") != DATA_VERSION:
                meta = None
        if meta is None:
            # In a child process: the parent must stay small, or its peak memory would be counted
            # in the children it starts (Linux carries the peak RSS across fork/exec).
            subprocess.run(python(os.path.abspath(__file__), "--generate", kind, str(count)), check=True)
            with open(meta_path, encoding="utf-8") as handle:
                meta = json.load(handle)
            print(f"已生成 {os.path.relpath(path, ROOT)}（{count:,} 行，用时 {meta['seconds']} 秒）", flush=True)
        files[kind] = {"path": path, "rows": count, "injected": meta["injected"],
                       "mb": os.path.getsize(path) / 1e6}
    return files


def generate(kind: str, count: int) -> None:
    path = os.path.join(DATA, f"catalog-{count}.{kind}")
    started = time.perf_counter()
    data, injected = make_rows(count)
    (write_xlsx if kind == "xlsx" else write_csv)(path, data)
    meta = {"version": DATA_VERSION, "rows": count, "injected": injected,
            "seconds": round(time.perf_counter() - started, 1)}
    with open(path + ".json", "w", encoding="utf-8") as handle:
        json.dump(meta, handle, ensure_ascii=False)


def frictionless_schema() -> dict:
    """A Table Schema equivalent to the national baseline, as far as Table Schema can say it."""
    date_pattern = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?( \d{1,2}:\d{2}(:\d{2})?)?"
    string = {"type": "string"}
    return {"fields": [
        {"name": "序号", "type": "any"},
        {"name": "索取号", **string, "constraints": {
            "required": True, "unique": True,
            "pattern": r"(?:[0-9A-Z]{8}-?[0-9X]|[0-9A-HJ-NPQRTUWXY]{18})/\d{4}(?:\d{2})?-\d{4,7}"}},
        {"name": "标题", **string, "constraints": {"required": True}},
        {"name": "摘要", **string, "constraints": {"required": True}},
        {"name": "发文机关", **string, "constraints": {"required": True}},
        {"name": "成文日期", **string, "constraints": {"required": True, "pattern": date_pattern}},
        {"name": "公开日期", **string, "constraints": {"required": True, "pattern": date_pattern}},
        {"name": "发文字号", **string, "constraints": {"pattern": r".+〔\d{4}〕[1-9]\d*号"}},
        {"name": "公开属性", **string, "constraints": {"enum": ["主动公开", "依申请公开", "不予公开", "不公开"]}},
        {"name": "不予公开理由", **string},
        {"name": "主题分类", **string},
        {"name": "体裁分类", **string},
        {"name": "责任科室", **string},
    ]}


# --- measuring --------------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: int
    cpu: float = 0.0  # user + system seconds of the command
    stdout: str = ""
    stderr: str = ""


@dataclass
class Measure:
    label: str
    file: str
    runs: list[Run] = field(default_factory=list)
    note: str = ""
    estimated: float | None = None  # extrapolated seconds, when the full run was not made
    inner: float | None = None  # seconds reported by the child itself (without start-up)

    @property
    def seconds(self) -> float:
        if self.estimated is not None:
            return self.estimated
        return min(run.seconds for run in self.runs)  # least disturbed by other load on the machine

    @property
    def cpu(self) -> float:
        return min(run.cpu for run in self.runs) if self.runs and self.estimated is None else float("nan")

    @property
    def peak_mb(self) -> float:
        return max(run.peak_mb for run in self.runs) if self.runs else float("nan")


TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_child(argv: list[str], timeout: float | None = None) -> Run | None:
    """Run a command; wall time and its own peak RSS. None when it hits `timeout`.

    Peak memory comes from GNU time (%M) when available: it starts the command from its own small
    process, so the figure is the command's alone. Otherwise from os.wait4, which on Linux also
    counts this process's size at the time of the fork.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".time") as measured:
        if TIME:
            argv = [TIME, "-f", "%M %U %S", "-o", measured.name, *argv]
        started = time.perf_counter()
        process = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - started > timeout:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                return None
            time.sleep(0.005)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        peak_kb, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        if TIME:
            lines = [line.split() for line in measured.read().splitlines()]
            lines = [parts for parts in lines if len(parts) == 3 and parts[0].isdigit()]
            if lines:
                peak_kb, cpu = int(lines[-1][0]), float(lines[-1][1]) + float(lines[-1][2])
        return Run(seconds, peak_kb / 1024, process.returncode, cpu,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


BARE_XLSX = textwrap.dedent("""
    import json, sys, time
    started = time.perf_counter()
    import python_calamine
    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
    rows = workbook.get_sheet_by_name(sys.argv[2]).to_python(skip_empty_area=False)
    print(json.dumps({"rows": len(rows), "seconds": time.perf_counter() - started}))
""")

BARE_CSV = textwrap.dedent("""
    import json, sys, time
    started = time.perf_counter()
    import pandas
    started = time.perf_counter()
    frame = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False, header=None, encoding="utf-8-sig")
    print(json.dumps({"rows": len(frame), "seconds": time.perf_counter() - started}))
""")

FRICTIONLESS = textwrap.dedent("""
    import json, sys, time
    started = time.perf_counter()
    from frictionless import Dialect, Resource, Schema, formats
    path, schema_path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    schema = Schema.from_descriptor(schema_path)
    if path.endswith(".xlsx"):
        dialect = Dialect(header_rows=[%d], controls=[formats.ExcelControl(sheet="%s", preserve_formatting=True)])
    else:
        dialect = Dialect(header_rows=[1])
    resource = Resource(path, schema=schema, dialect=dialect)
    report = resource.validate(limit_errors=0, limit_rows=limit or None)
    task = report.tasks[0]
    counts = {}
    for error in task.errors:
        counts[error.type] = counts.get(error.type, 0) + 1
    print(json.dumps({"valid": report.valid, "rows": task.stats.get("rows"), "errors": counts,
                      "warnings": task.warnings, "seconds": time.perf_counter() - started}, ensure_ascii=False))
""" % (HEADER_ROW, SHEET))


def python(*argv: str) -> list[str]:
    return [sys.executable, *argv]


def measure_govopen(path: str, kind: str, repeat: int) -> tuple[Measure, dict]:
    os.makedirs(OUT, exist_ok=True)
    output = os.path.join(OUT, f"govopen-{kind}.json")
    measure = Measure("govopen check", kind)
    for _ in range(repeat):
        run = run_child(python("-m", "govopen_cli", "check", path, "--format", "json", "-o", output, "--as-of", AS_OF))
        if run.code not in (0, 1):
            sys.exit(f"govopen check 失败（退出码 {run.code}）：\n{run.stderr}")
        measure.runs.append(run)
    with open(output, encoding="utf-8") as handle:
        result = json.load(handle)
    return measure, result


def measure_bare(path: str, kind: str, repeat: int) -> Measure:
    label = "python-calamine 裸读" if kind == "xlsx" else "pandas.read_csv 裸读"
    measure = Measure(label, kind)
    for _ in range(repeat):
        if kind == "xlsx":
            run = run_child(python("-c", BARE_XLSX, path, SHEET))
        else:
            run = run_child(python("-c", BARE_CSV, path))
        if run.code != 0:
            sys.exit(f"{label} 失败：\n{run.stderr}")
        measure.runs.append(run)
    measure.inner = min(json.loads(run.stdout)["seconds"] for run in measure.runs)
    return measure


def measure_frictionless(path: str, kind: str, rows: int, limit: int, timeout: float) -> Measure:
    schema_path = os.path.join(DATA, "schema.json")
    with open(schema_path, "w", encoding="utf-8") as handle:
        json.dump(frictionless_schema(), handle, ensure_ascii=False, indent=2)
    measure = Measure("frictionless validate", kind)

    def attempt(count: int, seconds: float | None) -> Run | None:
        # frictionless refuses absolute paths ("not safe"): pass them relative to the repository
        argv = python("-c", FRICTIONLESS, os.path.relpath(path, ROOT), os.path.relpath(schema_path, ROOT),
                      str(count if count < rows else 0))
        run = run_child(argv, seconds)
        if run is not None and run.code != 0:
            sys.exit(f"frictionless validate 失败：\n{run.stderr}")
        return run

    if limit >= rows:
        run = attempt(rows, timeout)
        if run is not None:
            measure.runs.append(run)
            measure.note = _frictionless_note(run)
            return measure
        limit = max(1000, rows // 10)
        print(f"  frictionless 全量超过 {timeout:.0f} 秒，改为前 {limit:,} 行再外推", flush=True)
    # Fixed cost (start-up, imports, opening the workbook) from a 1-row run, the rest scaled.
    small = attempt(limit, None)
    fixed = attempt(1, None)
    measure.runs.extend([small, fixed])
    per_row = max(small.seconds - fixed.seconds, 0.0) / limit
    measure.estimated = fixed.seconds + per_row * rows
    measure.note = (f"外推：前 {limit:,} 行用时 {small.seconds:.1f} 秒，1 行用时 {fixed.seconds:.1f} 秒（固定开销），"
                    f"按行数线性外推到 {rows:,} 行；" + _frictionless_note(small))
    return measure


def _frictionless_note(run: Run) -> str:
    data = json.loads(run.stdout.strip().splitlines()[-1])
    errors = sum(data["errors"].values())
    return f"frictionless 报告 {errors:,} 个错误（{'、'.join(f'{k} {v}' for k, v in sorted(data['errors'].items()))}）"


# --- report -----------------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    from importlib.metadata import version

    names = ["python-calamine", "pandas", "frictionless", "openpyxl", "numpy", "chinesecalendar"]
    found = {name: version(name) for name in names}
    sys.path.insert(0, ROOT)
    from govopen_cli import __version__

    return {"govopen": __version__, **found, "python": platform.python_version()}


def code_version() -> str:
    """The git commit of the tree being measured, and whether it has uncommitted changes."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "govopen_cli"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "未知（不是 git 仓库）"
    return f"{commit}{'（govopen_cli 有未提交的修改）' if dirty else ''}"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "未知"


def check_counts(result: dict) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in result["findings"]:
        counts[finding["check"]] = counts.get(finding["check"], 0) + 1
    return counts


def expected_counts(injected: dict[str, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, number in injected.items():
        counts[DEFECTS[name]] = counts.get(DEFECTS[name], 0) + number
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description="govopen 性能基准：与 frictionless validate 和裸读比较")
    parser.add_argument("--rows", type=int, default=100_000, help="xlsx 行数（默认 100000）")
    parser.add_argument("--csv-rows", type=int, help="CSV 行数（默认与 --rows 相同）")
    parser.add_argument("--frictionless-rows", type=int, help="frictionless 只验证前 N 行并外推（默认全量）")
    parser.add_argument("--frictionless-timeout", type=float, default=600, help="frictionless 全量超时秒数，超时后改为外推（默认 600）")
    parser.add_argument("--skip-frictionless", action="store_true", help="不运行 frictionless")
    parser.add_argument("--repeat", type=int, default=5, help="govopen 和裸读各重复几次，取最短时间（默认 5）")
    parser.add_argument("--generate", nargs=2, metavar=("KIND", "ROWS"), help=argparse.SUPPRESS)
    parser.add_argument("--json", metavar="FILE", help="另把结果写成 JSON")
    args = parser.parse_args()
    if args.generate:
        generate(args.generate[0], int(args.generate[1]))
        return
    csv_rows = args.csv_rows or args.rows

    info = versions()
    print(f"govopen 基准测试  {dt.datetime.now():%Y-%m-%d %H:%M}")
    print(f"机器：{os.cpu_count()} 核，{cpu_model()}，{platform.system()} {platform.release()}")
    print("版本：" + "，".join(f"{name} {value}" for name, value in info.items()), flush=True)
    print(f"代码：{code_version()}", flush=True)
    load_before = os.getloadavg()
    print(f"开始时系统负载：{load_before[0]:.2f}（1 分钟平均；其他进程占用 CPU 时计时会偏长，每项取 {args.repeat} 次中最短的）",
          flush=True)
    files = ensure_data(args.rows, csv_rows)
    for kind, item in files.items():
        print(f"数据：{os.path.relpath(item['path'], ROOT)}，{item['rows']:,} 行，{item['mb']:.1f} MB，"
              f"注入问题 {sum(item['injected'].values()):,} 处", flush=True)

    measures: dict[str, dict[str, Measure]] = {}
    results: dict[str, dict] = {}
    for kind, item in files.items():
        print(f"计时 {kind} …", flush=True)
        measures[kind] = {}
        measures[kind]["govopen"], results[kind] = measure_govopen(item["path"], kind, args.repeat)
        measures[kind]["bare"] = measure_bare(item["path"], kind, args.repeat)
        if not args.skip_frictionless:
            limit = args.frictionless_rows or item["rows"]
            measures[kind]["frictionless"] = measure_frictionless(item["path"], kind, item["rows"], limit,
                                                                  args.frictionless_timeout)

    load_after = os.getloadavg()
    print()
    print(f"结束时系统负载：{load_after[0]:.2f}；峰值内存取自 {'GNU time %M' if TIME else 'os.wait4'}")
    print()
    print("| 步骤 | 文件 | 行数 | 秒（墙钟） | CPU 秒 | 峰值内存 MB | 说明 |")
    print("|---|---|---:|---:|---:|---:|---|")
    for kind, group in measures.items():
        rows = files[kind]["rows"]
        for key in ("govopen", "frictionless", "bare"):
            if key not in group:
                continue
            m = group[key]
            note = m.note
            if key == "govopen":
                found, wanted = check_counts(results[kind]), expected_counts(files[kind]["injected"])
                same = all(found.get(check, 0) >= number for check, number in wanted.items())
                note = f"报告问题 {sum(found.values()):,} 条（注入 {sum(wanted.values()):,} 处{'，均已报告' if same else '，有遗漏！'}）"
            elif key == "bare":
                note = f"其中读取本身 {m.inner:.2f} 秒（其余为解释器启动和导入）"
            if m.estimated is None and len(m.runs) > 1:
                note += f"；各次：{' / '.join(f'{r.seconds:.2f}' for r in m.runs)}"
            seconds = f"≈{m.seconds:.1f}" if m.estimated is not None else f"{m.seconds:.2f}"
            cpu = "—" if m.estimated is not None else f"{m.cpu:.2f}"
            print(f"| {m.label} | {kind} | {rows:,} | {seconds} | {cpu} | {m.peak_mb:.0f} | {note} |")

    print()
    summary = {}
    for kind, group in measures.items():
        gov, bare = group["govopen"].seconds, group["bare"].seconds
        overhead = gov / bare
        line = f"{kind}：govopen {gov:.2f} 秒；检查开销 govopen/裸读 = {overhead:.2f}×（目标 ≤ {TARGET_OVERHEAD}×）"
        summary[kind] = {"govopen_seconds": gov, "bare_seconds": bare, "overhead": overhead,
                         "govopen_peak_mb": group["govopen"].peak_mb}
        if "frictionless" in group:
            fr = group["frictionless"]
            speedup = fr.seconds / gov
            line += (f"；比 frictionless 快 {speedup:.1f}×（目标 ≥ {TARGET_SPEEDUP:.0f}×"
                     f"{'，frictionless 为外推值' if fr.estimated is not None else ''}）")
            summary[kind].update({"frictionless_seconds": fr.seconds, "frictionless_estimated": fr.estimated is not None,
                                  "speedup": speedup})
        if kind == "xlsx":
            line += f"；总时间目标 < {TARGET_XLSX_SECONDS:.0f} 秒：{'达到' if gov < TARGET_XLSX_SECONDS else '未达到'}"
        print(line)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"versions": info, "cpus": os.cpu_count(), "date": dt.date.today().isoformat(),
                       "load": [load_before[0], load_after[0]], "code": code_version(),
                       "files": {k: {"rows": v["rows"], "mb": v["mb"], "injected": v["injected"]} for k, v in files.items()},
                       "measures": {kind: {key: {"seconds": m.seconds, "estimated": m.estimated is not None,
                                                 "peak_mb": m.peak_mb, "cpu": m.cpu, "inner": m.inner, "note": m.note,
                                                 "runs": [r.seconds for r in m.runs]}
                                           for key, m in group.items()} for kind, group in measures.items()},
                       "summary": summary}, handle, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
