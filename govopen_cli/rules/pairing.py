"""Dataset rule `pairing`: every primary item has a timely partner (政策文件 ↔ 解读, 三同步)."""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import numpy as np
import pandas as pd

from govopen_cli.io.dataset import Dataset
from govopen_cli.io.normalize import normalize_text
from govopen_cli.rules.base import Hit, Param, Rule, RuleContext, fmt_date
from govopen_cli.rules.coverage import item_problems, items_in_period, period_bounds
from govopen_cli.rules.items import item_label, item_rows, plan_year_of

_QUOTED = re.compile(r"《([^《》]+)》")
_SEPARATORS = re.compile(r"[；;，,、\n|]+")


def _keys_of_reference(text: str) -> set[str]:
    """Names a 关联文件 cell refers to: each quoted title and each separated item."""
    keys = {normalize_text(title) for title in _QUOTED.findall(text)}
    keys |= {normalize_text(part) for part in _SEPARATORS.split(text)}
    return {key for key in keys if len(key) >= 4}


def _keys_of_item(title: str, index: str, docno: str) -> set[str]:
    """Names an item can be referred to by: its title, titles quoted in it, its 索引号 and 文号."""
    keys = {normalize_text(title), normalize_text(index), normalize_text(docno)}
    keys |= {normalize_text(quoted) for quoted in _QUOTED.findall(title)}
    return {key for key in keys if len(key) >= 4}


def pairing(ctx: RuleContext, dataset: Dataset, params: Mapping[str, Any]) -> Iterator[Hit]:
    """配套发布：每条主信息（item，where 可再限定；如政策文件）都要有配套信息（partner_item，
    partner 可再限定；如解读），且发布时间相差不超过 within_days 天（0 表示同一天，即“三同步”）。
    期间内没有主信息时为“不适用”。

    配套关系按关联文件列认定（任一方的关联文件写明对方的标题、《》书名、索引号或文号）；
    没有关联文件列或该格为空时，按配套信息标题中《》引用的文件名认定。只检查期间内发布的主信息；
    每条没有按时配套的主信息一个问题。
    """
    title_field, link_field, date_field = params["title_field"], params["link_field"], params["date_field"]
    limit = int(params["within_days"])
    dates = dataset.dates(date_field).dt.normalize()
    start, end = period_bounds(ctx, params.get("period"))
    primary = pd.Series(items_in_period(ctx, dataset, params, start, end, default_year="any").counted,
                        index=dataset.index)
    partners = item_rows(dataset, params, plan_year_of(ctx.period_start, start), "partner_item", "partner", "any")
    partner = pd.Series(partners.counted, index=dataset.index) & ~primary
    if not primary.any():
        ctx.not_applicable = f"检查期内没有找到需要配套的信息（{item_label(params)}）"
        return
    # Plain lists: the loops below look at one cell at a time, which a pandas accessor makes slow.
    titles = dataset.text(title_field).tolist()
    links = dataset.text(link_field).tolist() if dataset.has(link_field) else None
    index = dataset.text("索引号").tolist() if dataset.has("索引号") else None
    docno = dataset.text("文号").tolist() if dataset.has("文号") else None

    def item_keys(i: int) -> set[str]:
        return _keys_of_item(titles[i], index[i] if index is not None else "", docno[i] if docno is not None else "")

    # key -> partner rows that refer to it (through their 关联文件, else the 《》 in their title)
    referred: dict[str, list[int]] = {}
    partner_keys: dict[int, set[str]] = {}
    for i in np.flatnonzero(partner.to_numpy()):
        i = int(i)
        link = links[i] if links is not None else ""
        keys = _keys_of_reference(link) if link else {normalize_text(t) for t in _QUOTED.findall(titles[i])}
        for key in keys:
            referred.setdefault(key, []).append(i)
        partner_keys[i] = item_keys(i)

    what = item_label(params, "partner_item", "partner")
    days = dates.to_numpy(dtype="datetime64[D]")
    for i in np.flatnonzero(primary.to_numpy()):
        i = int(i)
        keys = item_keys(i)
        candidates = {j for key in keys for j in referred.get(key, [])}
        if links is not None and links[i]:
            wanted = _keys_of_reference(links[i])
            candidates |= {j for j, own in partner_keys.items() if own & wanted}
        # Days to the nearest dated partner, over a numpy array (a popular 《》 name has many).
        partner_days = days[np.fromiter(candidates, dtype=np.int64, count=len(candidates))]
        partner_days = partner_days[~np.isnat(partner_days)]
        gaps = [int(np.abs(partner_days - days[i]).astype(np.int64).min())] if len(partner_days) else []
        if gaps and gaps[0] <= limit:
            continue
        name = titles[i]
        if not candidates:
            message = f"“{name}”没有找到配套信息（{what}）"
        else:
            timing = "同日" if limit == 0 else f"{limit} 天内"
            message = (f"配套信息与“{name}”（{fmt_date(dates.iat[i])} 发布）相隔 {gaps[0]} 天，未在{timing}发布"
                       if gaps else f"配套信息的发布日期无法识别，无法确认与“{name}”同步发布")
        yield Hit(message=message, index=i, field=title_field, value=name)


def _fields(params: Mapping[str, Any]) -> list[str]:
    return [params["title_field"], params["date_field"]]


def _problems(params: Mapping[str, Any]) -> list[str]:
    return item_problems(params) + item_problems(params, "partner_item", "partner")


RULES = {
    "pairing": Rule("pairing", pairing, (
        Param("item", "item"), Param("where", "condition"), Param("label", "str"),
        Param("partner_item", "item"), Param("partner", "condition"),
        Param("within_days", "int", default=0), Param("period", "mapping"),
        Param("title_field", "field", default="信息名称"), Param("link_field", "field", default="关联文件"),
        Param("date_field", "field", default="发布日期"),
    ), scope="dataset", needs=_fields, problems=_problems, finds_items=True),
}
