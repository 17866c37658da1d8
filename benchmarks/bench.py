"""Benchmark: every row of issue 20's table in one run, each against its baseline.

    python benchmarks/bench.py                                  # the full table (median of 3 runs each)
    python benchmarks/bench.py --also-python /path/to/venv-with-pyarrow/bin/python
                                                                # govopen measured with both interpreters
    python benchmarks/bench.py --quick                          # a tenth of the sizes, 1 run: smoke test
    python benchmarks/bench.py --only xlsx,batch                # some rows only

It writes its own data into benchmarks/data/ (git-ignored; reused while DATA_VERSION matches): a
catalog of realistic rows with about 1% defects as xlsx (title row, blank row, alias headers,
Excel date cells and text dates) and as UTF-8 CSV, a catalog with 3 findings in every row, and a
folder of many small xlsx catalogs. Every run is a fresh subprocess, so wall time includes
interpreter start-up and imports; peak memory is the process's own (GNU time %M, else os.wait4;
with -j 2 the largest single process). Each row is the median of 3 runs; the load average and the
CPU other processes used while it ran are printed beside it. The rows:

  1. `govopen --help` and `govopen check --help`: time, and no pandas/numpy/docx/openpyxl imported
     (python -X importtime)
  2. 30,000- and 100,000-row catalog .xlsx: `govopen check --format json -o` against the
     `frictionless validate` command line with a Table Schema for the subset of the national
     baseline it can express (frictionless_schema), and whether both flag the same (row, column)
     pairs on that subset; each in two forms: as openpyxl writes it and as Excel and WPS save it
     (excel_form.py)
  3. 1,000,000-row CSV: time and peak memory, and govopen over the fastest bare read of the file by
     the same library (pandas.read_csv as govopen calls it, in the columns it maps; with pyarrow also
     engine="pyarrow")
  4. 1,000,000 rows with 3,000,000 findings, JSON output
  5. a workbook (`govopen report --xlsx`) with 200,000 findings
  6. 100 files x 2,000 rows: `-j 2` against `-j 1` (alternating runs); and 20 files x 300 rows,
     too few for a pool, where `-j 2` must not be slower

The result is written to benchmarks/out/, never to /dev/null (govopen writes atomically: temp
file + rename, which would replace a device file).
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
import statistics
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
DATA_VERSION = 8  # bump when the generated data changes (cached files are regenerated)
AS_OF = "2024-01-31"
SHEET = "公开目录"
HEADER_ROW = 3  # title row, blank row, header

BATCH_FILES, BATCH_ROWS = 100, 2_000  # the batch case

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
    # Penalty and licence decisions carry their own decision number in the title, as published ones
    # do, so titles and summaries are nearly all distinct, as in a real catalog.
    decisions = {"罚": 0, "许": 0}
    rows = []
    for serial, position in enumerate(generated_positions, start=1):
        generated = workdays[position]
        published = workdays[position + rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 8])]
        kind = rng.random()
        docno = ""
        if kind < 0.35:
            party, violation = rng.choice(COMPANIES), rng.choice(VIOLATIONS)
            decisions["罚"] += 1
            title = f"行政处罚决定信息公开（曲交罚〔2023〕{decisions['罚']}号，{party}{violation}）"
            summary = (f"{generated.month}月{generated.day}日，当事人{party}{violation}，依法给予罚款"
                       f"{rng.choice([500, 1000, 2000, 5000])}元的行政处罚。")
        elif kind < 0.65:
            party, licence = rng.choice(COMPANIES), rng.choice(LICENCES)
            decisions["许"] += 1
            title = f"{licence}决定（曲交许〔2023〕{decisions['许']}号，{party}）"
            summary = f"{generated.month}月{generated.day}日准予{party}{licence}，有效期至{2023 + rng.choice([4, 6])}年{generated.month}月。"
        elif kind < 0.85:
            road = rng.choice(ROADS)
            title = f"关于{road}{generated.month}月{generated.day}日起路面维修施工期间实行交通管制的通告"
            summary = f"{road}自{generated.month}月{generated.day}日起路面维修施工，期间实行半幅通行，请过往车辆减速慢行、绕行。"
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


def sheet_rows(rows: list[dict]):
    """The catalog sheet's rows: a title row, a blank row, the header, the data (None for empty)."""
    yield ["曲阜市交通运输局政府信息公开目录（2023年）"]
    yield []
    yield HEADERS
    for row in rows:
        yield [row[header] if row[header] != "" else None for header in HEADERS]


def write_xlsx(path: str, rows: list[dict]) -> None:
    """openpyxl write-only mode: streams rows, constant memory (text inline, CJK as character
    references: see excel_form.py)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET)
    for values in sheet_rows(rows):
        sheet.append(values)
    workbook.save(path)


def write_excel_form(path: str, rows: list[dict]) -> None:
    """The same sheet as Excel and WPS save it (shared strings, UTF-8)."""
    sys.path[:0] = [HERE, ROOT]
    import excel_form

    excel_form.write(path, SHEET, sheet_rows(rows))


# data_file kinds: how each is written, and the line the benchmark table names it by
WRITERS = {"xlsx": write_xlsx, "excel.xlsx": write_excel_form}
XLSX_FORMS = {"xlsx": "openpyxl 写出：文字内联，汉字为字符引用",
              "excel.xlsx": "Excel、WPS 的保存形式：共享字符串表，UTF-8"}


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
    WRITERS.get(kind, write_csv)(path, data)
    _write_meta(path + ".json", {"rows": count, "injected": injected, "seconds": round(time.perf_counter() - started, 1),
                                 "seeded": seeded_rows(data, first_row=HEADER_ROW + 1 if kind in WRITERS else 2)})


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
    """A Table Schema for the part of the national baseline that Table Schema can say on this data:
    required fields (B.required, B.required-publisher), a unique 索引号 (B.index-unique), the allowed
    公开方式 (B.disclosure-mode) and the 文号 form the generator's defects break (B.docno: square
    brackets, a leading zero, look-alike brackets). Dates, 索引号 schemes, check digits, timeliness,
    conditional requirements and personal data have no Table Schema form and are left out, so
    frictionless does less work than govopen here. Dates are typed "any": frictionless reads Excel
    date cells as dates, which a "string" field would reject."""
    string = {"type": "string"}
    return {"fields": [
        {"name": "序号", "type": "any"},
        {"name": "索取号", **string, "constraints": {"required": True, "unique": True}},
        {"name": "标题", **string, "constraints": {"required": True}},
        {"name": "摘要", **string, "constraints": {"required": True}},
        {"name": "发文机关", **string, "constraints": {"required": True}},
        {"name": "成文日期", "type": "any", "constraints": {"required": True}},
        {"name": "公开日期", "type": "any", "constraints": {"required": True}},
        {"name": "发文字号", **string, "constraints": {"pattern": r".+〔\d{4}〕[1-9]\d*号"}},
        {"name": "公开属性", **string, "constraints": {"enum": ["主动公开", "依申请公开", "不予公开", "不公开"]}},
        {"name": "不予公开理由", **string},
        {"name": "主题分类", **string},
        {"name": "体裁分类", **string},
        {"name": "责任科室", **string},
    ]}


# The govopen checks that frictionless_schema() expresses.
SUBSET_CHECKS = {"B.required", "B.required-publisher", "B.index-unique", "B.disclosure-mode", "B.docno"}


def frictionless_command() -> str | None:
    """The `frictionless` script of this interpreter's environment, else the one on PATH."""
    script = os.path.join(os.path.dirname(sys.executable), "frictionless")
    return script if os.path.exists(script) else shutil.which("frictionless")


def frictionless_argv(path: str, schema_path: str, base: str = ROOT) -> list[str]:
    """`frictionless validate` on the command line, as a user would run it, from `base` (paths
    relative to it: frictionless refuses absolute paths as "not safe")."""
    argv = [frictionless_command() or "frictionless", "validate", os.path.relpath(path, base),
            "--schema", os.path.relpath(schema_path, base), "--json", "--limit-errors", "10000000"]
    if path.endswith(".xlsx"):
        argv += ["--dialect", json.dumps({"headerRows": [HEADER_ROW], "excel": {"sheet": SHEET}}, ensure_ascii=False)]
    return argv


def frictionless_pairs(report: dict) -> set[tuple[int, str]]:
    """(row, column) of every error in a `frictionless validate --json` report."""
    pairs = set()
    for task in report["tasks"]:
        for error in task["errors"]:
            if "rowNumber" not in error or "fieldName" not in error:
                raise SystemExit(f"frictionless 报告了非单元格错误：{error.get('message')}")
            pairs.add((error["rowNumber"], error["fieldName"]))
    return pairs


def govopen_pairs(result: dict, checks: set[str] = SUBSET_CHECKS) -> set[tuple[int, str]]:
    """(row, column header) of govopen's findings from `checks`."""
    return {(finding["row"], finding["column"]) for finding in result["findings"] if finding["check"] in checks}


def agreement_note(result: dict, report: dict) -> tuple[str, bool]:
    ours, theirs = govopen_pairs(result), frictionless_pairs(report)
    if ours == theirs:
        return f"两者在可表达的子集上标出的（行，列）完全相同：{len(ours):,} 处", True
    return (f"（行，列）不一致：仅 govopen {len(ours - theirs):,} 处（如 {sorted(ours - theirs)[:3]}），"
            f"仅 frictionless {len(theirs - ours):,} 处（如 {sorted(theirs - ours)[:3]}）"), False


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
    label: str
    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(run.cpu for run in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(run.peak_mb for run in self.runs)

    def text(self) -> str:
        """"1.23 秒（各次 1.2 / 1.3 / 1.2；CPU 1.5 秒），峰值 140 MB"."""
        each = " / ".join(f"{run.seconds:.2f}" for run in self.runs)
        return f"{self.seconds:.2f} 秒（各次 {each}；CPU {self.cpu:.2f} 秒），峰值 {self.peak_mb:,.0f} MB"

    def as_json(self) -> dict:
        return {"label": self.label, "median_seconds": self.seconds, "median_cpu": self.cpu, "peak_mb": self.peak_mb,
                "runs": [{"seconds": r.seconds, "cpu": r.cpu, "peak_mb": r.peak_mb} for r in self.runs]}


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


# --- the table, row by row --------------------------------------------------------------


@dataclass
class Interpreter:
    """An interpreter govopen is measured with: the one running this script, and optionally one
    more (`--also-python`), so one run shows govopen with and without pyarrow installed."""
    path: str
    pyarrow: bool

    @property
    def label(self) -> str:
        return "装有 pyarrow" if self.pyarrow else "未装 pyarrow"


def interpreter(path: str) -> Interpreter:
    found = subprocess.run([path, "-c", "import importlib.util as u; print(u.find_spec('pyarrow') is not None)"],
                           capture_output=True, text=True, check=True).stdout.strip() == "True"
    # Byte-compile govopen as a regular install does: with PYTHONDONTWRITEBYTECODE set (as on the
    # project's machines) every run would compile ~160 modules again (~0.3 s).
    subprocess.run([path, "-m", "compileall", "-q", os.path.join(ROOT, "govopen_cli")], check=True)
    return Interpreter(path, found)


@dataclass
class Line:
    """One row of the final table."""
    work: str
    goal: str
    measured: dict[str, str]  # Interpreter.label -> what govopen did
    baseline: str
    met: dict[str, bool]  # Interpreter.label -> goal met
    short: dict[str, str] = field(default_factory=dict)  # Interpreter.label -> the figures alone, for README


def python(*argv: str) -> list[str]:
    return [sys.executable, *argv]


def govopen_argv(python: Interpreter, *argv: str) -> list[str]:
    """The real CLI path (`python -m govopen_cli` runs the same entry point as the `govopen` script)."""
    return [python.path, "-m", "govopen_cli", *argv]


def repeat_runs(argv: list[str], repeat: int, label: str, codes: tuple[int, ...] = (0, 1)) -> Measure:
    measure = Measure(label)
    for _ in range(repeat):
        run = run_child(argv)
        if run.code not in codes:
            sys.exit(f"{label} 失败（退出码 {run.code}）：{' '.join(argv)}\n{run.stderr[-3000:]}")
        measure.runs.append(run)
    return measure


def check_json(python: Interpreter, path: str, name: str, repeat: int, *extra: str) -> tuple[Measure, dict]:
    out = os.path.join(OUT, f"{name}-{'pa' if python.pyarrow else 'nopa'}.json")
    measure = repeat_runs(govopen_argv(python, "check", path, "--format", "json", "-o", out, "--as-of", AS_OF, *extra),
                          repeat, f"govopen check {os.path.basename(path)}")
    with open(out, encoding="utf-8") as handle:
        return measure, json.load(handle)


def startup_line(pythons: list[Interpreter], repeat: int) -> Line:
    measured, met, short = {}, {}, {}
    for python in pythons:
        parts, shorts, ok = [], [], True
        for argv in (["--help"], ["check", "--help"]):
            measure = repeat_runs(govopen_argv(python, *argv), repeat, f"govopen {' '.join(argv)}", codes=(0,))
            heavy = imports_heavy(python, argv)
            parts.append(f"`govopen {' '.join(argv)}` {measure.seconds:.2f} 秒（各次 "
                         f"{' / '.join(f'{r.seconds:.2f}' for r in measure.runs)}），{measure.peak_mb:.0f} MB，"
                         + (f"导入了 {'、'.join(heavy)}" if heavy else "未导入 pandas、numpy、docx、openpyxl"))
            ok = ok and measure.seconds <= 0.15 and not heavy
            shorts.append(f"{measure.seconds:.2f} 秒" + (f"（导入了 {'、'.join(heavy)}）" if heavy else ""))
        measured[python.label], met[python.label] = "；".join(parts), ok
        short[python.label] = " / ".join(shorts) + "，不导入 pandas" * ("导入了" not in "".join(shorts))
    return Line("`govopen --help` 和 `govopen check --help`", "≤ 0.15 秒，不导入 pandas", measured,
                "—（python -X importtime 检查导入）", met, short)


HEAVY = ("pandas", "numpy", "docx", "openpyxl")


def imports_heavy(python: Interpreter, argv: list[str]) -> list[str]:
    """Which of HEAVY `python -X importtime -m govopen_cli ARGV` imported."""
    run = subprocess.run([python.path, "-X", "importtime", "-m", "govopen_cli", *argv],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in run.stderr.splitlines()
             if line.startswith("import time:")}
    return [name for name in HEAVY if name in names]


def xlsx_line(pythons: list[Interpreter], rows: int, repeat: int, skip_frictionless: bool, full: bool,
              kind: str = "xlsx") -> Line:
    data = data_file(kind, rows)
    schema_path = os.path.join(DATA, "schema-subset.json")
    with open(schema_path, "w", encoding="utf-8") as handle:
        json.dump(frictionless_schema(), handle, ensure_ascii=False, indent=2)
    frictionless = None
    if not skip_frictionless:
        frictionless = repeat_runs(frictionless_argv(data["path"], schema_path), repeat, "frictionless validate")
        report = json.loads(frictionless.runs[-1].stdout)
    measured, met, short = {}, {}, {}
    for python in pythons:
        gov, result = check_json(python, data["path"], f"govopen-{kind.replace('.', '-')}-{rows}", repeat)
        short[python.label] = f"{gov.seconds:.2f} 秒，{gov.peak_mb:,.0f} MB"
        text = gov.text() + "；" + findings_note(result, data)
        ok = True
        if frictionless is not None:
            speedup = frictionless.seconds / gov.seconds
            agreement, same = agreement_note(result, report)
            text += f"；比 frictionless 快 **{speedup:.1f} 倍**（CPU 秒 {frictionless.cpu / gov.cpu:.1f} 倍）；{agreement}"
            ok = speedup >= 10 and same
            short[python.label] += f"，**{speedup:.1f} 倍**" + ("" if same else "（标出的单元格不一致）")
        if rows >= 100_000:
            ok = ok and gov.seconds < 8
        measured[python.label], met[python.label] = text, ok
    baseline = (f"`frictionless validate` 命令行（Table Schema 见 benchmarks/data/schema-subset.json）："
                + (frictionless.text() if frictionless else "未运行"))
    goal = "≥ 10 倍" + ("，< 8 秒" if rows >= 100_000 else "")
    return Line(f"{rows:,} 行目录 .xlsx（{XLSX_FORMS[kind]}），对 frictionless validate", goal, measured, baseline,
                met if full and frictionless is not None else {},
                {**short, "对照": f"frictionless {frictionless.seconds:.1f} 秒" if frictionless else "—"})


BARE_READ = textwrap.dedent("""
    import csv, json, sys, time
    import pandas
    engine, usecols = sys.argv[2], json.loads(sys.argv[3])
    started = time.perf_counter()
    # The call govopen's CSV reader makes (io/read.py), without anything after it: only the
    # columns the header maps (usecols, as govopen reads them), or every column (usecols null).
    options = dict(skip_blank_lines=False, quoting=csv.QUOTE_MINIMAL) if engine == "c" else {}
    frame = pandas.read_csv(sys.argv[1], encoding="utf-8", header=None, dtype=object, keep_default_na=False,
                            engine=engine, usecols=usecols, **options)
    print(json.dumps({"rows": len(frame), "seconds": time.perf_counter() - started}))
""")


def mapped_positions(result: dict) -> list[int]:
    """The columns (0-based) of the benchmark CSV that govopen mapped to fields, from its result."""
    headers = set(result["inputs"][0]["columns"].values())
    return [position for position, header in enumerate(HEADERS) if header in headers]


def large_csv_lines(pythons: list[Interpreter], rows: int, repeat: int, full: bool) -> list[Line]:
    data = data_file("csv", rows)
    time_measured, time_met, ratio_measured, ratio_met, bare_text = {}, {}, {}, {}, []
    time_short, ratio_short, bare_short = {}, {}, []
    for python in pythons:
        gov, result = check_json(python, data["path"], f"govopen-csv-{rows}", repeat)
        time_measured[python.label] = gov.text() + "；" + findings_note(result, data)
        time_met[python.label] = gov.seconds <= 10 and gov.peak_mb <= 1024
        time_short[python.label] = f"{gov.seconds:.2f} 秒，{gov.peak_mb:,.0f} MB"
        usecols = json.dumps(mapped_positions(result))
        # The fastest read of the file: pandas' C parser is about 10 % slower with usecols than
        # reading every column, so both count.
        bares = [repeat_runs([python.path, "-c", BARE_READ, data["path"], "c", usecols], repeat,
                             "pandas.read_csv（C 解析器，dtype=object，只读映射的列，与 govopen 相同）"),
                 repeat_runs([python.path, "-c", BARE_READ, data["path"], "c", "null"], repeat,
                             "pandas.read_csv（C 解析器，dtype=object，读全部列）")]
        if python.pyarrow:
            bares.append(repeat_runs([python.path, "-c", BARE_READ, data["path"], "pyarrow", usecols], repeat,
                                     "pandas.read_csv（engine=pyarrow，多线程）"))
        fastest = min(bares, key=lambda measure: measure.seconds)
        ratio = gov.seconds / fastest.seconds
        ratio_measured[python.label] = (f"{ratio:.2f} 倍（govopen {gov.seconds:.2f} ÷ 最快裸读 {fastest.seconds:.2f} 秒："
                                        f"{fastest.label}）")
        ratio_met[python.label] = ratio <= 1.5
        ratio_short[python.label] = f"{ratio:.2f} 倍"
        bare_short.append(f"{python.label}：{fastest.label.split('（')[0]}"
                          f"{'（engine=pyarrow）' if 'pyarrow' in fastest.label else ''} {fastest.seconds:.2f} 秒")
        bare_text += [f"{python.label}：{measure.label} {measure.text()}" for measure in bares]
    title = f"{rows:,} 行 CSV（UTF-8，约 1% 的行有问题）"
    return [Line(title, "≤ 10 秒，≤ 1 GB", time_measured, "—", time_met if full else {}, {**time_short, "对照": "—"}),
            Line(f"检查开销：{title}，govopen ÷ 同一读取库的最快裸读", "≤ 1.5 倍", ratio_measured, "；".join(bare_text),
                 ratio_met if full else {}, {**ratio_short, "对照": "；".join(bare_short)})]


def findings_line(pythons: list[Interpreter], rows: int, repeat: int, full: bool) -> Line:
    path = many_findings_csv(rows)
    measured, met, short = {}, {}, {}
    for python in pythons:
        out = os.path.join(OUT, f"scale-findings-{'pa' if python.pyarrow else 'nopa'}.json")
        gov = repeat_runs(govopen_argv(python, "check", path, "--as-of", AS_OF, "--format", "json", "-o", out),
                          repeat, "govopen check（300 万处问题）")
        found = count_findings(out)
        measured[python.label] = gov.text() + f"；JSON 中问题 {found:,} 条"
        met[python.label] = gov.seconds <= 60 and gov.peak_mb <= 2048 and found == 3 * rows
        short[python.label] = f"{gov.seconds:.1f} 秒，{gov.peak_mb:,.0f} MB"
    return Line(f"{rows:,} 行、每行 3 处问题，`--format json -o`", "≤ 60 秒，≤ 2 GB", measured, "—", met if full else {},
                {**short, "对照": "—"})


def count_findings(path: str) -> int:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["summary"]["findings"]


def many_findings_csv(rows: int) -> str:
    """A catalog where every row has 3 findings: empty 索引号 and 内容概述, a 文号 with square
    brackets, each message naming its own value (reused while it exists)."""
    path = os.path.join(DATA, f"findings-{rows}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        with open(path + ".tmp", "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["索取号", "标题", "摘要", "发文机关", "成文日期", "公开日期", "发文字号", "公开属性"])
            for number in range(rows):
                day = f"2023-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
                out.writerow(["", f"关于加强道路养护管理的通知（第{number}号）", "", "曲阜市交通运输局", day, day,
                              f"曲交发[2023]{number + 1}号", "主动公开"])
        os.replace(path + ".tmp", path)
    return path


def workbook_line(pythons: list[Interpreter], findings: int, repeat: int, full: bool) -> Line:
    """`govopen report RESULT.json --xlsx` onto an existing workbook (the second run on), with
    `findings` findings in the problem list."""
    rows = findings // 3 + 1
    source = many_findings_csv(rows)
    measured, met, short = {}, {}, {}
    for python in pythons:
        saved = os.path.join(OUT, f"scale-workbook-{'pa' if python.pyarrow else 'nopa'}.json")
        run = run_child(govopen_argv(python, "check", source, "--as-of", AS_OF, "--format", "json", "-o", saved))
        if run.code not in (0, 1):
            sys.exit(f"准备工作簿用例失败：\n{run.stderr[-3000:]}")
        workbook = os.path.join(OUT, f"scale-workbook-{'pa' if python.pyarrow else 'nopa'}.xlsx")
        gov = repeat_runs(govopen_argv(python, "report", saved, "--xlsx", workbook), repeat, "govopen report --xlsx")
        measured[python.label] = gov.text() + f"；问题清单 {count_findings(saved):,} 行"
        met[python.label] = gov.seconds <= 10
        short[python.label] = f"{gov.seconds:.2f} 秒，{gov.peak_mb:,.0f} MB"
    return Line(f"工作簿（`govopen report 结果.json --xlsx`），{findings:,} 处问题", "≤ 10 秒", measured, "—",
                met if full else {}, {**short, "对照": "—"})


# The seed plans' checklists: each adds item checks (coverage, cadence, pairing, deadlines) that
# look for published items by their titles, on top of the national baseline they extend.
PLAN_CHECKLISTS = {"qufu-transport-2023": "曲阜", "shanghai-transport-2024": "上海", "chengguan-keypoints": "城管局",
                   "qingyunpu-division": "青云谱"}


def plan_line(pythons: list[Interpreter], rows: int, repeat: int) -> Line:
    """The same CSV checked with each seed plan's checklist, against the national baseline alone.
    DESIGN sets no target for it: the line shows what the item checks cost on a big catalog."""
    data = data_file("csv", rows)
    measured, short, baseline = {}, {}, []
    for python in pythons:
        base, _ = check_json(python, data["path"], f"plan-baseline-{rows}", repeat)
        parts = []
        for name, place in PLAN_CHECKLISTS.items():
            gov, result = check_json(python, data["path"], f"plan-{name}-{rows}", repeat, "-c", name)
            checks = sum(1 for check in result["checks"] if check.get("evidence_recognised") is not None)
            parts.append(f"{place} {gov.seconds:.2f} 秒（{gov.seconds / base.seconds:.1f} 倍，{checks} 项发现事项类检查，"
                         f"峰值 {gov.peak_mb:,.0f} MB）")
        measured[python.label] = "；".join(parts)
        short[python.label] = "，".join(part.split("（")[0] for part in parts)
        baseline.append(f"{python.label}：国家基线 {base.text()}")
    return Line(f"{rows:,} 行 CSV，四个示例方案的检查清单", "—（无目标，供参考）", measured, "；".join(baseline), {},
                {**short, "对照": "；".join(baseline)})


def batch_line(pythons: list[Interpreter], files: int, rows: int, repeat: int, full: bool, small: bool = False) -> Line:
    """`-j 2` against `-j 1` on a folder; `small`: a batch too small for a pool, where -j 2 must
    simply not be slower (govopen runs it in one process)."""
    data = batch_folder(files, rows)
    measured, met, baseline, short, short_baseline = {}, {}, [], {}, []
    for python in pythons:
        one, two = Measure("-j 1"), Measure("-j 2")
        for _ in range(repeat):  # alternating, so a change of load affects both alike
            for jobs, measure in ((1, one), (2, two)):
                out = os.path.join(OUT, f"govopen-batch-j{jobs}.json")
                run = run_child(govopen_argv(python, "check", data["path"], "-j", str(jobs), "--format", "json",
                                             "-o", out, "--as-of", AS_OF))
                if run.code not in (0, 1):
                    sys.exit(f"批量 -j {jobs} 失败：\n{run.stderr[-3000:]}")
                measure.runs.append(run)
        with open(out, encoding="utf-8") as handle:
            note = findings_note(json.load(handle), data)
        speedup = one.seconds / two.seconds
        measured[python.label] = f"`-j 2` {two.text()}；快 **{speedup:.2f} 倍**；{note}"
        baseline.append(f"{python.label}：`-j 1` {one.text()}")
        # a small batch: the same single process either way, so only noise can tell them apart
        met[python.label] = speedup >= (0.9 if small else 1.6)
        short[python.label] = f"`-j 2` {two.seconds:.2f} 秒，**{speedup:.2f} 倍**"
        short_baseline.append(f"`-j 1` {one.seconds:.2f} 秒")
    goal = "不慢于 `-j 1`（不开多进程；±10% 为计时波动）" if small else "≥ 1.6 倍"
    return Line(f"{files} 个文件 × {rows:,} 行（文件夹），`-j 2` 对 `-j 1`", goal, measured,
                "；".join(baseline), met if full else {}, {**short, "对照": " / ".join(short_baseline)})


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
    for name in ["python-calamine", "pandas", "numpy", "pyarrow", "frictionless", "openpyxl", "chinesecalendar"]:
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


def load_text() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def print_lines(lines: list[tuple[Line, str]], pythons: list[Interpreter], short: bool = False) -> None:
    """The full table (each run, CPU, findings, the load), or with `short` the figures alone
    (medians, peak memory, ratios): the table README.md shows."""
    labels = [p.label if short else f"govopen（{p.label}）" for p in pythons]
    extra = "" if short else " 负载 |"
    print("| 工作 | 目标 | " + " | ".join(labels) + " | 对照 | 是否达到 |" + extra)
    print("|---|---|" + "---|" * len(pythons) + "---|---|" + ("" if short else "---|"))
    for line, noise in lines:
        verdicts = [("达到" if line.met[p.label] else "**未达到**") if p.label in line.met else "不判定"
                    for p in pythons]
        figures = line.short if short else line.measured
        baseline = line.short.get("对照", "—") if short else line.baseline
        print(f"| {line.work} | {line.goal} | " + " | ".join(figures.get(p.label, "—") for p in pythons)
              + f" | {baseline} | {' / '.join(verdicts)} |" + ("" if short else f" {noise} |"))


def print_short(lines: list[tuple[Line, str]], pythons: list[Interpreter]) -> None:
    print_lines(lines, pythons, short=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description="govopen 性能基准：一次运行给出 issue 20 表格的每一行（各与其对照比较，3 次取中位数，含峰值内存）")
    parser.add_argument("--quick", action="store_true", help="缩小规模、各跑 1 次，只验证脚本可用，不判定目标")
    parser.add_argument("--also-python", metavar="PYTHON",
                        help="再用另一个解释器（例如装有 pyarrow 的虚拟环境）测 govopen 的每一项")
    parser.add_argument("--repeat", type=int, help="每项重复几次取中位数（默认 3；--quick 为 1）")
    parser.add_argument("--only", metavar="项", help="只测这些项（逗号分隔）：startup,xlsx,csv,findings,workbook,batch,plans")
    parser.add_argument("--skip-frictionless", action="store_true", help="不运行 frictionless")
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
    repeat = args.repeat or (1 if quick else 3)
    scale = 10 if quick else 1
    only = set(args.only.split(",")) if args.only else {"startup", "xlsx", "csv", "findings", "workbook", "batch", "plans"}
    full = not quick
    os.makedirs(OUT, exist_ok=True)
    pythons = [interpreter(sys.executable)] + ([interpreter(args.also_python)] if args.also_python else [])

    print(f"govopen 基准测试  {dt.datetime.now():%Y-%m-%d %H:%M}" + ("（--quick：规模缩小，不判定目标）" if quick else ""))
    print(f"机器：{os.cpu_count()} 核，{cpu_model()}，内存 {memory_gb():.0f} GB，{platform.system()} {platform.release()}")
    print("版本：" + "，".join(f"{name} {value}" for name, value in versions().items()))
    print("解释器：" + "；".join(f"{p.path}（{p.label}）" for p in pythons))
    print(f"代码：{code_version()}")
    print(f"开始时系统负载：{load_text()}（1/5/15 分钟平均）；每项 {repeat} 次取中位数，峰值内存为单个进程的最大常驻内存", flush=True)

    plan = []
    if "startup" in only:
        plan.append(("启动", lambda: [startup_line(pythons, max(repeat, 3) if full else 1)]))
    if "xlsx" in only:
        for rows in (30_000 // scale, 100_000 // scale):
            for kind in XLSX_FORMS:
                plan.append((f"{rows:,} 行 xlsx（{XLSX_FORMS[kind]}）", lambda rows=rows, kind=kind: [
                    xlsx_line(pythons, rows, repeat, args.skip_frictionless, full, kind)]))
    if "csv" in only:
        plan.append((f"{1_000_000 // scale:,} 行 CSV", lambda: large_csv_lines(pythons, 1_000_000 // scale, repeat, full)))
    if "findings" in only:
        plan.append((f"{3_000_000 // scale:,} 处问题", lambda: [findings_line(pythons, 1_000_000 // scale, repeat, full)]))
    if "workbook" in only:
        plan.append((f"{200_000 // scale:,} 处问题的工作簿", lambda: [workbook_line(pythons, 200_000 // scale, repeat, full)]))
    if "batch" in only:
        plan.append(("批量", lambda: [batch_line(pythons, BATCH_FILES // (5 if quick else 1),
                                                BATCH_ROWS // (4 if quick else 1), repeat, full),
                                     batch_line(pythons, 20, 300 // (5 if quick else 1), repeat, full, small=True)]))
    if "plans" in only:
        plan.append((f"{100_000 // scale:,} 行 CSV × 示例方案", lambda: [plan_line(pythons, 100_000 // scale, repeat)]))
    lines = []
    for title, measure in plan:
        print(f"计时：{title} …", flush=True)
        noise, started = Noise(), time.perf_counter()
        for line in measure():
            lines.append((line, f"{load_text()}；{noise.report()}"))
            # as soon as measured, so a long run that is stopped still tells what it found
            print(f"  {line.work}：" + "；".join(f"{label} {text}" for label, text in line.short.items()), flush=True)
        print(f"  {time.perf_counter() - started:.0f} 秒；负载 {load_text()}", flush=True)

    print()
    print(f"## 结果（{dt.datetime.now():%Y-%m-%d %H:%M}，结束时负载 {load_text()}）")
    print()
    print_lines(lines, pythons)
    print()
    print("## 简表（README 用）")
    print()
    print_short(lines, pythons)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"versions": versions(), "code": code_version(), "quick": quick, "repeat": repeat,
                       "pythons": [vars(p) for p in pythons],
                       "lines": [{**vars(line), "load": noise} for line, noise in lines]},
                      handle, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
