"""Benchmark: every figure of DESIGN §9 in one run.

    python benchmarks/bench.py            # full run: the sizes of DESIGN §9 (about 6 minutes on 2 cores)
    python benchmarks/bench.py --quick    # smaller sizes, fewer repeats: checks that the script works
    python benchmarks/bench.py --help     # sizes, repeats, skipping parts

It writes its own data into benchmarks/data/ (git-ignored; reused while DATA_VERSION matches): a
catalog of realistic rows with about 1% defects, as xlsx (title row, blank row, alias headers,
Excel date cells and text dates) and as UTF-8 CSV, plus a folder of many small xlsx catalogs.
Every step runs in a fresh subprocess, so wall time includes interpreter start-up and imports,
and peak memory is that process's own (GNU time %M, else os.wait4). The cases:

  1. 100,000 rows, xlsx and CSV:
     (a) govopen through the real CLI path: `python -m govopen_cli check FILE --format json -o
         benchmarks/out/… --as-of 2024-01-31` (one workbook on the command line, so the CLI starts
         parsing it in a thread while it imports pandas and the checklist)
     (b) frictionless validate (Python API, limit_errors off) with an equivalent Table Schema:
         required fields, unique 索引号, patterns for 文号 and 索引号, enum for 公开方式, dates as
         strings with a pattern (frictionless has no type for our date forms); run at least twice
     (c) the bare read with each candidate reader; the fastest is the denominator of the overhead
         target: python-calamine for xlsx; pandas.read_csv and the csv module for CSV
  2. 1,000,000 rows, CSV: govopen and the bare reads (frictionless only with --frictionless-large)
  3. a folder of 100 xlsx files of 2,000 rows: `govopen check FOLDER -j 1` against `-j 2`

Timings are the shortest of the repeats (least disturbed by other work on the machine); CPU
seconds (user + system, children included) are reported next to them. Before each case the script
notes how much CPU other processes used during it (from /proc/stat), so a noisy run shows.
The result is written to benchmarks/out/, never to /dev/null (govopen writes atomically:
temp file + rename, which would replace a device file).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import io
import json
import os
import platform
import random
import re
import resource
import shutil
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
DATA_VERSION = 7  # bump when the generated data changes (cached files are regenerated)
AS_OF = "2024-01-31"
SHEET = "公开目录"
HEADER_ROW = 3  # title row, blank row, header

# Targets of DESIGN §9, and the sizes they are stated for.
TARGET_ROWS = 100_000
TARGET_XLSX_SECONDS = 8.0
TARGET_SPEEDUP = 10.0
TARGET_OVERHEAD = 1.5
TARGET_LARGE_ROWS = 1_000_000
TARGET_LARGE_SECONDS = 30.0
TARGET_LARGE_MB = 2048.0
BATCH_FILES, BATCH_ROWS = 100, 2_000  # the batch case (no numeric target)
QUIET_LOAD = 0.5

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
    "index-year": "B.index-year", "mobile-spaced": "B.privacy", "docno-lookalike": "B.docno",
}


def workdays_2023() -> list[dt.date]:
    import chinese_calendar

    day, days = dt.date(2023, 1, 1), []
    while day <= dt.date(2024, 1, 31):
        if chinese_calendar.is_workday(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


# --- 索引号 schemes and seeded rows (issue 15) ----------------------------------------------------

# 发文机关 and one real 索引号 of each, from the real 索引号 of tests/corpus (index_numbers*.csv and
# catalog_runs/): each agency numbers its own rows in its own published scheme (year 2023, its own
# serial width; the upload-date scheme takes the row's 公开日期).
CORPUS_AGENCIES = [("曲阜市交通运输局", f"{USCC}/2023-000001"),  # samples/make_samples.py
                   ("国务院办公厅", "000014349/2018-00222"), ("镇巴县人民政府", "6107280000/2024-001005"),
                   ("怒江州民政局", "01527918X-2020-153077"), ("天津市商务局", "11120000MB1908811Q/2020-04798"),
                   ("通江县杨柏镇人民政府", "0047/2019-00024"),
                   ("齐齐哈尔市人民政府办公室", "20191202-189769"), ("阿里地区行政公署", "dqxs/2021-00016"),
                   ("柘城县人民政府办公室", "114114240058778641-zcxzf-00004650"),
                   ("吕梁市人民政府办公厅", "111423LL00100/2013-01026"),
                   ("平潭综合实验区财政金融局", "PZ00108-3000-2023-00018")]
_TEMPLATES = (  # (pattern of a real 索引号, template built from its parts)
    (re.compile(r"^(?:19|20)\d{6}-(?P<serial>\d+)$"), "{{date:%Y%m%d}}-{{serial:0{width}d}}"),
    (re.compile(r"^(?P<head>.+?[/-])(?:19|20)\d{2}-(?P<serial>\d+)$"), "{head}{{year}}-{{serial:0{width}d}}"),
    (re.compile(r"^(?P<head>.+-)(?P<serial>\d+)$"), "{head}{{serial:0{width}d}}"),  # no year (柘城)
)


def index_template(example: str) -> str:
    """A format template ({year}, {date}, {serial}) of the scheme a real 索引号 follows."""
    for pattern, template in _TEMPLATES:
        parts = pattern.match(example)
        if parts:
            return template.format(head=parts.groupdict().get("head", ""), width=len(parts["serial"]))
    raise ValueError(f"no template for {example}")


def corpus_schemes() -> list[tuple[str, str]]:
    """(发文机关, template with {year}, {date} and {serial}) for CORPUS_AGENCIES, checked against the corpus."""
    corpus = os.path.join(ROOT, "tests", "corpus")
    real = set()
    for path in glob.glob(os.path.join(corpus, "index_numbers*.csv")) + glob.glob(os.path.join(corpus, "catalog_runs", "*.csv")):
        with open(path, encoding="utf-8") as handle:
            real |= {row["索引号"] for row in csv.DictReader(handle)}
    schemes = []
    for agency, example in CORPUS_AGENCIES:
        assert example in real or example.startswith(USCC), f"{example} is not in the corpus"
        schemes.append((agency, index_template(example)))
    return schemes


_SCHEMES = corpus_schemes()


def agency_index(serial: int, published: dt.date, year: int = 2023) -> tuple[str, str]:
    """The 发文机关 of row `serial` and its 索引号 (the agencies take turns; serials count per agency)."""
    agency, template = _SCHEMES[serial % len(_SCHEMES)]
    return agency, template.format(year=year, date=published.replace(year=published.year - 2023 + year),
                                   serial=serial // len(_SCHEMES) + 1)


def decoy(serial: int) -> str:
    """Numbers that are not personal data, in a few summaries: an all-digit 统一社会信用代码 and a
    19-digit 项目编号 (both pass the Luhn test)."""
    if serial % 97 == 0:
        return "中标人统一社会信用代码911100001000000000。"
    if serial % 89 == 0:
        return "项目编号：5101042023000123458。"
    return ""


def seed_check_digit(row: dict) -> bool:
    """Change the check character of the row's 前段码 (an organization code or USCC) to a wrong one."""
    from govopen_cli.rules.codes import org_check_char, uscc_check_char

    index = row["索取号"]
    prefix = re.split(r"[/-]", index, maxsplit=1)[0]
    if len(prefix) == 18:
        right = uscc_check_char(prefix[:17])
    elif len(prefix) == 9:
        right = org_check_char(prefix[:8])
    else:
        return False
    wrong = "1" if right != "1" else "2"
    row["索取号"] = prefix[:-1] + wrong + index[len(prefix):]
    return True


def break_scheme(index: str) -> str:
    """The row's 索引号 in a scheme its agency does not use: "/" dropped, or "-" turned into "/"."""
    return index.replace("/", "", 1) if "/" in index else index.replace("-", "/", 1)


def seeded_rows(rows: list[dict], first_row: int) -> list[list]:
    """[row number in the file, check] of every seeded defect."""
    return [[first_row + number, row["_seeded"]] for number, row in enumerate(rows) if "_seeded" in row]


def exact_note(result: dict, seeded: list[list]) -> str:
    """Whether the findings are exactly the seeded defects, as a set of (row, check)."""
    found = {(finding["row"], finding["check"]) for finding in result["findings"]}
    wanted = {(row, check) for row, check in seeded}
    if found == wanted:
        return f"问题与注入位置逐一相符（{len(wanted):,} 处，按行和检查项）"
    extra, missed = sorted(found - wanted)[:3], sorted(wanted - found)[:3]
    return (f"与注入位置不符：多报 {len(found - wanted):,} 处（如 {extra}），"
            f"漏报 {len(wanted - found):,} 处（如 {missed}）")


def make_rows(count: int, seed: int = SEED) -> tuple[list[dict], dict[str, int]]:
    """Rows as dicts of header -> value (date objects for date cells) and the injected defect counts."""
    rng = random.Random(seed)
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
        agency, index = agency_index(serial, published)
        rows.append({
            "序号": serial, "索取号": index, "标题": title, "摘要": summary + decoy(serial),
            "发文机关": agency, "成文日期": generated_value, "公开日期": published_value,
            "发文字号": docno, "公开属性": mode, "不予公开理由": reason, "主题分类": rng.choice(TOPICS),
            "体裁分类": rng.choice(GENRES), "责任科室": rng.choice(UNITS), "_published": published,
        })

    # About 1% defects, spread over the file; each row gets at most one.
    injected = {name: 0 for name in DEFECTS}
    # In file order, so a duplicate is made only of a row whose own defect (if any) is already known.
    chosen = sorted(rng.sample(range(1, count), max(len(DEFECTS), count // 100)))
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
            if not seed_check_digit(row):
                continue  # this agency's 前段码 is a regional code without a check digit
        elif name == "index-format":
            row["索取号"] = break_scheme(row["索取号"])
        elif name == "index-duplicate":  # the 索引号 of this agency's previous row
            source = rows[index - len(_SCHEMES)] if index >= len(_SCHEMES) else None
            if source is None or "_seeded" in source or not source["索取号"]:
                continue  # only a clean row makes a duplicate that is nothing else
            row["索取号"] = source["索取号"]
        elif name == "index-year":  # the same 索引号 numbered two years early (a scheme without a year: none)
            wrong = agency_index(row["序号"], row["_published"], year=2021)[1]
            if wrong == row["索取号"]:
                continue
            row["索取号"] = wrong
        elif name == "mobile-spaced":
            number = f"{rng.randint(10000000, 99999999)}"
            row["摘要"] += f"咨询电话：138 {number[:4]} {number[4:]}。"
        elif name == "docno-lookalike":
            prefix = rng.choice(DOCNO_PREFIXES)
            row["发文字号"] = f"{prefix}﹝2023﹞{rng.randint(1, 99)}号"
        elif name == "mode":
            row["公开属性"] = "部分公开"
        elif name == "no-reason":
            row["公开属性"], row["不予公开理由"] = "依申请公开", ""
        elif name == "mobile":
            row["摘要"] += f"联系电话139{rng.randint(10000000, 99999999)}。"
        injected[name] += 1
        row["_seeded"] = DEFECTS[name]  # not written: the check that must report this row
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


def data_file(kind: str, count: int) -> dict:
    """Generate (or reuse) benchmarks/data/catalog-COUNT.KIND."""
    path = os.path.join(DATA, f"catalog-{count}.{kind}")
    meta = _cached_meta(path, path + ".json")
    if meta is None:
        # In a child process: the parent must stay small, or its peak memory would be counted
        # in the children it starts (Linux carries the peak RSS across fork/exec).
        subprocess.run(python(os.path.abspath(__file__), "--generate", kind, str(count)), check=True)
        meta = _cached_meta(path, path + ".json")
        print(f"已生成 {os.path.relpath(path, ROOT)}（{count:,} 行，用时 {meta['seconds']} 秒）", flush=True)
    return {"path": path, "rows": count, "injected": meta["injected"], "mb": os.path.getsize(path) / 1e6,
            "files": 1, "seeded": meta.get("seeded")}


def batch_folder(files: int, count: int) -> dict:
    """Generate (or reuse) benchmarks/data/batch-FILESx COUNT/: `files` xlsx catalogs of `count` rows."""
    path = os.path.join(DATA, f"batch-{files}x{count}")
    meta = _cached_meta(path, path + ".json")
    if meta is not None and len([n for n in os.listdir(path) if n.endswith(".xlsx")]) != files:
        meta = None
    if meta is None:
        subprocess.run(python(os.path.abspath(__file__), "--generate-batch", str(files), str(count)), check=True)
        meta = _cached_meta(path, path + ".json")
        print(f"已生成 {os.path.relpath(path, ROOT)}/（{files} 个文件 × {count:,} 行，用时 {meta['seconds']} 秒）",
              flush=True)
    size = sum(os.path.getsize(os.path.join(path, name)) for name in os.listdir(path))
    return {"path": path, "rows": files * count, "injected": meta["injected"], "mb": size / 1e6, "files": files}


def _cached_meta(path: str, meta_path: str) -> dict | None:
    if not (os.path.exists(path) and os.path.exists(meta_path)):
        return None
    with open(meta_path, encoding="utf-8") as handle:
        meta = json.load(handle)
    return meta if meta.get("version") == DATA_VERSION else None


def generate(kind: str, count: int) -> None:
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, f"catalog-{count}.{kind}")
    started = time.perf_counter()
    data, injected = make_rows(count)
    (write_xlsx if kind == "xlsx" else write_csv)(path, data)
    _write_meta(path + ".json", {"rows": count, "injected": injected, "seconds": round(time.perf_counter() - started, 1),
                                 "seeded": seeded_rows(data, first_row=HEADER_ROW + 1 if kind == "xlsx" else 2)})


def generate_batch(files: int, count: int) -> None:
    """One catalog per department: same layout, different rows (seed) for each file."""
    path = os.path.join(DATA, f"batch-{files}x{count}")
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    started = time.perf_counter()
    total = {name: 0 for name in DEFECTS}
    for number in range(1, files + 1):
        data, injected = make_rows(count, SEED + number)
        write_xlsx(os.path.join(path, f"目录-{number:03d}.xlsx"), data)
        for name, value in injected.items():
            total[name] += value
    _write_meta(path + ".json", {"files": files, "rows": count, "injected": total,
                                 "seconds": round(time.perf_counter() - started, 1)})


def _write_meta(path: str, meta: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"version": DATA_VERSION, **meta}, handle, ensure_ascii=False)


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
    cpu: float = 0.0  # user + system seconds of the command and its children
    stdout: str = ""
    stderr: str = ""


@dataclass
class Measure:
    key: str  # govopen, frictionless, bare-<reader>, jobs-<n>
    label: str
    runs: list[Run] = field(default_factory=list)
    note: str = ""
    estimated: float | None = None  # extrapolated seconds, when the full run was not made
    inner: float | None = None  # seconds reported by the child itself (without start-up and imports)

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

    def as_json(self) -> dict:
        return {"label": self.label, "seconds": self.seconds, "estimated": self.estimated is not None,
                "cpu": self.cpu, "peak_mb": self.peak_mb, "inner": self.inner, "note": self.note,
                "runs": [{"seconds": r.seconds, "cpu": r.cpu, "peak_mb": r.peak_mb} for r in self.runs]}


@dataclass
class Case:
    key: str  # xlsx, csv, large, batch
    title: str
    data: dict
    measures: dict[str, Measure] = field(default_factory=dict)
    result: dict | None = None  # govopen's JSON result (batch: of the -j 1 run)
    noise: str = ""

    def bare(self) -> Measure | None:
        """The fastest bare reader."""
        bares = [m for key, m in self.measures.items() if key.startswith("bare-")]
        return min(bares, key=lambda m: m.seconds) if bares else None


TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_child(argv: list[str], timeout: float | None = None) -> Run | None:
    """Run a command; wall time, CPU seconds and peak RSS. None when it hits `timeout`.

    Peak memory comes from GNU time (%M) when available: it starts the command from its own small
    process, so the figure is the command's alone (for a command with worker processes: the largest
    single process). Otherwise from os.wait4, which on Linux also counts this process's size at
    the time of the fork.
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


class Noise:
    """CPU used by other processes while a case ran: machine busy time (/proc/stat) minus ours."""

    def __init__(self) -> None:
        self.busy, self.ours, self.started = _machine_busy(), _our_cpu(), time.perf_counter()

    def report(self) -> str:
        busy, ours, wall = _machine_busy(), _our_cpu(), time.perf_counter() - self.started
        if busy is None or self.busy is None or wall <= 0:
            return f"负载 {os.getloadavg()[0]:.2f}"
        other = max(busy - self.busy - (ours - self.ours), 0.0)
        return f"其他进程平均占用 {other / wall:.2f} 核（共 {other:.0f} CPU 秒 / {wall:.0f} 秒）"


def _machine_busy() -> float | None:
    """Seconds of CPU time spent busy on all cores since boot."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = handle.readline().split()[1:]
    except OSError:
        return None
    ticks = [int(value) for value in fields[:8]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def _our_cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def wait_until_quiet(limit: float) -> None:
    """Wait up to `limit` seconds for the 1-minute load average to fall under QUIET_LOAD."""
    waited = 0.0
    while os.getloadavg()[0] >= QUIET_LOAD and waited < limit:
        if waited == 0:
            print(f"系统负载 {os.getloadavg()[0]:.2f} ≥ {QUIET_LOAD}，等待机器空闲（最多 {limit:.0f} 秒）…", flush=True)
        time.sleep(10)
        waited += 10
    if os.getloadavg()[0] >= QUIET_LOAD:
        print(f"注意：系统负载仍为 {os.getloadavg()[0]:.2f}，计时可能偏长", flush=True)


BARE_XLSX = textwrap.dedent("""
    import json, sys, time
    import python_calamine
    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
    rows = workbook.get_sheet_by_name(sys.argv[2]).to_python(skip_empty_area=False)
    print(json.dumps({"rows": len(rows), "seconds": time.perf_counter() - started}))
""")

BARE_PANDAS = textwrap.dedent("""
    import json, sys, time
    import pandas
    started = time.perf_counter()
    frame = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False, header=None, encoding="utf-8-sig")
    print(json.dumps({"rows": len(frame), "seconds": time.perf_counter() - started}))
""")

BARE_CSV_MODULE = textwrap.dedent("""
    import csv, json, sys, time
    started = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    print(json.dumps({"rows": len(rows), "seconds": time.perf_counter() - started}))
""")

BARE_READERS = {
    "xlsx": [("calamine", "python-calamine 裸读", BARE_XLSX)],
    "csv": [("pandas", "pandas.read_csv 裸读", BARE_PANDAS), ("csv", "csv 模块裸读", BARE_CSV_MODULE)],
}

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


def govopen(*argv: str) -> list[str]:
    """The real CLI path (`python -m govopen_cli` runs the same entry point as the `govopen` script)."""
    return python("-m", "govopen_cli", "check", *argv)


def measure_govopen(case: Case, repeat: int, jobs: tuple[int | None, ...] = (None,)) -> list[Measure]:
    """govopen check on the case's file or folder; with several `jobs`, the runs alternate between them
    so that a change of load on the machine affects each alike."""
    os.makedirs(OUT, exist_ok=True)
    measures, outputs = {}, {}
    for j in jobs:
        suffix = f"-j{j}" if j else ""
        outputs[j] = os.path.join(OUT, f"govopen-{case.key}{suffix}.json")
        measures[j] = Measure(f"jobs-{j}" if j else "govopen", f"govopen check 文件夹 -j {j}" if j else "govopen check")
    for _ in range(repeat):
        for j in jobs:
            argv = [case.data["path"]] + (["-j", str(j)] if j else [])
            run = run_child(govopen(*argv, "--format", "json", "-o", outputs[j], "--as-of", AS_OF))
            if run.code not in (0, 1):
                sys.exit(f"{measures[j].label} 失败（退出码 {run.code}）：\n{run.stderr}")
            measures[j].runs.append(run)
    for j in jobs:
        with open(outputs[j], encoding="utf-8") as handle:
            result = json.load(handle)
        measures[j].note = findings_note(result, case.data)
        if case.result is None:
            case.result = result
    return list(measures.values())


def measure_bare(case: Case, kind: str, repeat: int) -> list[Measure]:
    measures = []
    for key, label, script in BARE_READERS[kind]:
        measure = Measure(f"bare-{key}", label)
        for _ in range(repeat):
            argv = python("-c", script, case.data["path"], SHEET) if kind == "xlsx" else python("-c", script, case.data["path"])
            run = run_child(argv)
            if run.code != 0:
                sys.exit(f"{label} 失败：\n{run.stderr}")
            measure.runs.append(run)
        measure.inner = min(json.loads(run.stdout)["seconds"] for run in measure.runs)
        measure.note = f"其中读取本身 {measure.inner:.2f} 秒（其余为解释器启动和导入）"
        measures.append(measure)
    return measures


def measure_frictionless(case: Case, repeat: int, limit: int, timeout: float) -> Measure:
    path, rows = case.data["path"], case.data["rows"]
    schema_path = os.path.join(DATA, "schema.json")
    with open(schema_path, "w", encoding="utf-8") as handle:
        json.dump(frictionless_schema(), handle, ensure_ascii=False, indent=2)
    measure = Measure("frictionless", "frictionless validate")

    def attempt(count: int, seconds: float | None) -> Run | None:
        # frictionless refuses absolute paths ("not safe"): pass them relative to the repository
        argv = python("-c", FRICTIONLESS, os.path.relpath(path, ROOT), os.path.relpath(schema_path, ROOT),
                      str(count if count < rows else 0))
        run = run_child(argv, seconds)
        if run is not None and run.code != 0:
            sys.exit(f"frictionless validate 失败：\n{run.stderr}")
        return run

    if limit >= rows:
        for _ in range(repeat):
            run = attempt(rows, timeout)
            if run is None:
                break
            measure.runs.append(run)
        else:
            measure.note = _frictionless_note(measure.runs[0])
            return measure
        measure.runs.clear()
        limit = max(1000, rows // 10)
        print(f"  frictionless 全量超过 {timeout:.0f} 秒，改为前 {limit:,} 行再外推", flush=True)
    # Fixed cost (start-up, imports, opening the workbook) from a 1-row run, the rest scaled.
    small = min((attempt(limit, None) for _ in range(repeat)), key=lambda run: run.seconds)
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
    return f"报告 {errors:,} 个错误（{'、'.join(f'{k} {v}' for k, v in sorted(data['errors'].items()))}）"


def findings_note(result: dict, data: dict) -> str:
    found: dict[str, int] = {}
    for finding in result["findings"]:
        found[finding["check"]] = found.get(finding["check"], 0) + 1
    wanted: dict[str, int] = {}
    for name, number in data["injected"].items():
        wanted[DEFECTS[name]] = wanted.get(DEFECTS[name], 0) + number
    missing = {check: number - found.get(check, 0) for check, number in wanted.items() if found.get(check, 0) < number}
    note = f"报告问题 {sum(found.values()):,} 条（注入 {sum(wanted.values()):,} 处，"
    note += "均已报告）" if not missing else f"有遗漏：{'、'.join(f'{k} 少 {v}' for k, v in missing.items())}）"
    if data.get("seeded"):
        note += "；" + exact_note(result, data["seeded"])
    if data["files"] > 1:
        files = result.get("files") or []
        note += f"；结果含 {len(files)} 个文件" + ("" if len(files) == data["files"] else f"（应为 {data['files']}）！")
    return note


# --- report -----------------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ["python-calamine", "pandas", "frictionless", "openpyxl", "numpy", "chinesecalendar", "pyarrow"]:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "未安装"
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


def memory_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        return float("nan")


def print_table(cases: list[Case]) -> None:
    print("| 用例 | 步骤 | 秒（墙钟，最短） | CPU 秒 | 峰值内存 MB | 说明 |")
    print("|---|---|---:|---:|---:|---|")
    for case in cases:
        for m in case.measures.values():
            note = m.note
            if m.estimated is None and len(m.runs) > 1:
                note += f"；各次：{' / '.join(f'{r.seconds:.2f}' for r in m.runs)}"
            seconds = f"≈{m.seconds:.1f}" if m.estimated is not None else f"{m.seconds:.2f}"
            cpu = "—" if m.estimated is not None else f"{m.cpu:.2f}"
            print(f"| {case.title} | {m.label} | {seconds} | {cpu} | {m.peak_mb:.0f} | {note} |")


def verdict(ok: bool, applies: bool) -> str:
    if not applies:
        return "不判定（规模小于目标规定）"
    return "达到" if ok else "**未达到**"


def targets(cases: dict[str, Case]) -> list[tuple[str, str, str]]:
    """(target, result, met) rows for the final table; every target of DESIGN §9 and the batch case."""
    rows = []
    xlsx = cases.get("xlsx")
    if xlsx:
        gov = xlsx.measures["govopen"]
        full = xlsx.data["rows"] >= TARGET_ROWS
        rows.append((f"10 万行 xlsx 全部检查 < {TARGET_XLSX_SECONDS:.0f} 秒",
                     f"{gov.seconds:.2f} 秒（{xlsx.data['rows']:,} 行；CPU {gov.cpu:.2f} 秒；峰值内存 {gov.peak_mb:.0f} MB）",
                     verdict(gov.seconds < TARGET_XLSX_SECONDS, full)))
        fr = xlsx.measures.get("frictionless")
        if fr:
            wall = fr.seconds / gov.seconds
            if fr.estimated is None:
                cpu = fr.cpu / gov.cpu
                result = (f"墙钟 {wall:.2f} 倍（frictionless {fr.seconds:.1f} 秒，{len(fr.runs)} 次中最短）；"
                          f"CPU 秒 {cpu:.1f} 倍（{fr.cpu:.1f} ÷ {gov.cpu:.2f}）")
                ok = wall >= TARGET_SPEEDUP
                met = verdict(ok, full)
                if full and ok and cpu < TARGET_SPEEDUP:
                    met += f"（按墙钟；按 CPU 秒未到 {TARGET_SPEEDUP:.0f} 倍：govopen 读文件与导入在两个核上并行）"
            else:
                result, met = f"墙钟约 {wall:.1f} 倍（frictionless 为外推值）", "不判定（frictionless 为外推值）"
            rows.append((f"10 万行 xlsx 比 frictionless validate 快 ≥ {TARGET_SPEEDUP:.0f} 倍", result, met))
        else:
            rows.append((f"10 万行 xlsx 比 frictionless validate 快 ≥ {TARGET_SPEEDUP:.0f} 倍", "未运行 frictionless", "不判定"))
    large = cases.get("large")
    if large:
        gov = large.measures["govopen"]
        full = large.data["rows"] >= TARGET_LARGE_ROWS
        rows.append((f"100 万行 CSV < {TARGET_LARGE_SECONDS:.0f} 秒", f"{gov.seconds:.2f} 秒（{large.data['rows']:,} 行）",
                     verdict(gov.seconds < TARGET_LARGE_SECONDS, full)))
        rows.append(("100 万行 CSV 峰值内存 < 2 GB", f"{gov.peak_mb:.0f} MB",
                     verdict(gov.peak_mb < TARGET_LARGE_MB, full)))
    for key in ("xlsx", "csv", "large"):
        case = cases.get(key)
        if not case:
            continue
        gov, bare = case.measures["govopen"], case.bare()
        full = case.data["rows"] >= (TARGET_LARGE_ROWS if key == "large" else TARGET_ROWS)
        ratio = gov.seconds / bare.seconds
        result = (f"{ratio:.2f} 倍（{gov.seconds:.2f} ÷ {bare.seconds:.2f} 秒，最快裸读：{bare.label.removesuffix('裸读').strip()}；"
                  f"按 CPU 秒 {gov.cpu / bare.cpu:.2f} 倍）")
        pandas = case.measures.get("bare-pandas")
        if pandas is not None and pandas is not bare:
            result += f"；对 pandas.read_csv（{pandas.seconds:.2f} 秒）为 {gov.seconds / pandas.seconds:.2f} 倍"
        rows.append((f"检查开销 ≤ {TARGET_OVERHEAD} 倍裸读（{case.title}；govopen ÷ 最快裸读）", result,
                     verdict(ratio <= TARGET_OVERHEAD, full)))
    batch = cases.get("batch")
    if batch:
        one, two = batch.measures["jobs-1"], batch.measures["jobs-2"]
        rows.append((f"批量：{batch.title}，-j 2 比 -j 1 快（DESIGN 未定数值目标）",
                     f"-j 1 {one.seconds:.2f} 秒，-j 2 {two.seconds:.2f} 秒，加速 {one.seconds / two.seconds:.2f} 倍；"
                     f"峰值内存（单个进程）{one.peak_mb:.0f} / {two.peak_mb:.0f} MB",
                     verdict(two.seconds < one.seconds,
                             batch.data["files"] >= BATCH_FILES and batch.data["rows"] >= BATCH_FILES * BATCH_ROWS)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description="govopen 性能基准：一次运行给出 DESIGN §9 的全部数字（10 万行 xlsx/CSV、100 万行 CSV、批量 -j 1/-j 2、内存）")
    parser.add_argument("--quick", action="store_true",
                        help="快速试跑：1 万行、10 万行 CSV、20 个 500 行的文件、少重复；不判定目标")
    parser.add_argument("--rows", type=int, help=f"xlsx 和 CSV 的行数（默认 {TARGET_ROWS}）")
    parser.add_argument("--large-rows", type=int, help=f"大 CSV 的行数（默认 {TARGET_LARGE_ROWS}；0 为不测）")
    parser.add_argument("--batch-files", type=int, help=f"批量用例的文件数（默认 {BATCH_FILES}；0 为不测）")
    parser.add_argument("--batch-rows", type=int, help=f"批量用例每个文件的行数（默认 {BATCH_ROWS}）")
    parser.add_argument("--repeat", type=int, help="10 万行用例中 govopen 和裸读各重复几次，取最短（默认 5）")
    parser.add_argument("--repeat-large", type=int, help="大 CSV 和批量用例各重复几次，取最短（默认 3）")
    parser.add_argument("--frictionless-repeat", type=int, help="frictionless 重复几次，取最短（默认 2）")
    parser.add_argument("--frictionless-rows", type=int, help="frictionless 只验证前 N 行并外推（默认全量）")
    parser.add_argument("--frictionless-timeout", type=float, default=600,
                        help="frictionless 全量超时秒数，超时后改为外推（默认 600）")
    parser.add_argument("--frictionless-large", action="store_true", help="大 CSV 也运行 frictionless（默认不运行，只给外推参考值）")
    parser.add_argument("--skip-frictionless", action="store_true", help="不运行 frictionless")
    parser.add_argument("--wait-quiet", type=float, help=f"开始前最多等待几秒，直到 1 分钟负载 < {QUIET_LOAD}（默认 300；--quick 为 0）")
    parser.add_argument("--json", metavar="FILE", help="另把结果写成 JSON")
    parser.add_argument("--generate", nargs=2, metavar=("KIND", "ROWS"), help=argparse.SUPPRESS)
    parser.add_argument("--generate-batch", nargs=2, metavar=("FILES", "ROWS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate[0], int(args.generate[1]))
        return
    if args.generate_batch:
        generate_batch(int(args.generate_batch[0]), int(args.generate_batch[1]))
        return
    quick = args.quick
    defaults = {"rows": (TARGET_ROWS, 10_000), "large_rows": (TARGET_LARGE_ROWS, 100_000),
                "batch_files": (BATCH_FILES, 20), "batch_rows": (BATCH_ROWS, 500), "repeat": (5, 2),
                "repeat_large": (3, 1), "frictionless_repeat": (2, 1), "wait_quiet": (300, 0)}
    for name, (full, small) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, small if quick else full)

    info = versions()
    print(f"govopen 基准测试  {dt.datetime.now():%Y-%m-%d %H:%M}" + ("（--quick：规模缩小，不判定目标）" if quick else ""))
    print(f"机器：{os.cpu_count()} 核，{cpu_model()}，内存 {memory_gb():.0f} GB，{platform.system()} {platform.release()}")
    print("版本：" + "，".join(f"{name} {value}" for name, value in info.items()))
    print(f"代码：{code_version()}", flush=True)
    wait_until_quiet(args.wait_quiet)
    load_before = os.getloadavg()
    print(f"开始时系统负载：{load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}（1/5/15 分钟平均）", flush=True)

    cases: dict[str, Case] = {}
    if args.rows:
        cases["xlsx"] = Case("xlsx", f"{args.rows // 10_000} 万行 xlsx" if args.rows % 10_000 == 0 else f"{args.rows:,} 行 xlsx",
                             data_file("xlsx", args.rows))
        cases["csv"] = Case("csv", cases["xlsx"].title.replace("xlsx", "CSV"), data_file("csv", args.rows))
    if args.large_rows:
        title = f"{args.large_rows // 10_000} 万行 CSV" if args.large_rows % 10_000 == 0 else f"{args.large_rows:,} 行 CSV"
        cases["large"] = Case("large", title, data_file("csv", args.large_rows))
    if args.batch_files:
        cases["batch"] = Case("batch", f"{args.batch_files} 个文件 × {args.batch_rows:,} 行 xlsx",
                              batch_folder(args.batch_files, args.batch_rows))
    for case in cases.values():
        data = case.data
        where = os.path.relpath(data["path"], ROOT) + ("/" if data["files"] > 1 else "")
        print(f"数据：{where}，{data['rows']:,} 行" + (f"（{data['files']} 个文件）" if data["files"] > 1 else "")
              + f"，{data['mb']:.1f} MB，注入问题 {sum(data['injected'].values()):,} 处", flush=True)

    for case in cases.values():
        print(f"计时：{case.title} …", flush=True)
        noise = Noise()
        if case.key == "batch":
            for measure in measure_govopen(case, args.repeat_large, jobs=(1, 2)):
                case.measures[measure.key] = measure
        else:
            repeat = args.repeat_large if case.key == "large" else args.repeat
            case.measures["govopen"] = measure_govopen(case, repeat)[0]
            for measure in measure_bare(case, "xlsx" if case.key == "xlsx" else "csv", repeat):
                case.measures[measure.key] = measure
            if not args.skip_frictionless and (case.key != "large" or args.frictionless_large):
                limit = args.frictionless_rows or case.data["rows"]
                case.measures["frictionless"] = measure_frictionless(case, args.frictionless_repeat, limit,
                                                                     args.frictionless_timeout)
        case.noise = noise.report()
        print(f"  {case.noise}", flush=True)

    load_after = os.getloadavg()
    print()
    print(f"结束时系统负载：{load_after[0]:.2f}（本脚本自身约占 1 核）；峰值内存取自 {'GNU time %M' if TIME else 'os.wait4'}；"
          "每项取多次中最短的墙钟时间和最少的 CPU 秒")
    print()
    print_table(list(cases.values()))
    print()
    for case in cases.values():
        if case.key == "batch":
            continue
        gov, bare = case.measures["govopen"], case.bare()
        line = (f"{case.title}：govopen {gov.seconds:.2f} 秒，峰值内存 {gov.peak_mb:.0f} MB；"
                f"÷ 最快裸读（{bare.label.removesuffix('裸读').strip()}，{bare.seconds:.2f} 秒）= {gov.seconds / bare.seconds:.2f} 倍")
        fr = case.measures.get("frictionless")
        if fr and fr.estimated is None:
            line += f"；比 frictionless 快：墙钟 {fr.seconds / gov.seconds:.2f} 倍，CPU 秒 {fr.cpu / gov.cpu:.1f} 倍"
        elif fr:
            line += f"；比 frictionless 快约 {fr.seconds / gov.seconds:.1f} 倍（frictionless 为外推值）"
        elif case.key == "large" and "csv" in cases and "frictionless" in cases["csv"].measures:
            small = cases["csv"].measures["frictionless"]
            guess = small.seconds * case.data["rows"] / cases["csv"].data["rows"]
            line += (f"；frictionless 未实测（可加 --frictionless-large），按 {cases['csv'].title} 的 {small.seconds:.1f} 秒"
                     f"按行数线性外推约 {guess:.0f} 秒，仅供参考")
        print(line + f"；{case.noise}")
    if "batch" in cases:
        batch = cases["batch"]
        one, two = batch.measures["jobs-1"], batch.measures["jobs-2"]
        print(f"{batch.title}：-j 1 {one.seconds:.2f} 秒，-j 2 {two.seconds:.2f} 秒，加速 {one.seconds / two.seconds:.2f} 倍"
              f"（CPU 秒 {one.cpu:.2f} / {two.cpu:.2f}）；{batch.noise}")

    print()
    print("## 目标对照（DESIGN §9）")
    print()
    print("| 目标 | 结果 | 是否达到 |")
    print("|---|---|---|")
    rows = targets(cases)
    for target, result, met in rows:
        print(f"| {target} | {result} | {met} |")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"versions": info, "cpus": os.cpu_count(), "date": dt.datetime.now().isoformat(timespec="minutes"),
                       "load": [load_before[0], load_after[0]], "code": code_version(), "quick": quick,
                       "cases": {key: {"title": case.title, "noise": case.noise,
                                       "data": {k: v for k, v in case.data.items() if k != "path"},
                                       "measures": {k: m.as_json() for k, m in case.measures.items()}}
                                 for key, case in cases.items()},
                       "targets": [{"target": t, "result": r, "met": m} for t, r, m in rows]},
                      handle, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
