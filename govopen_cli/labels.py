"""Chinese labels for the stable English keys (statuses, severities, dataset kinds), and the names the
command line needs before it imports the core."""

CONFIG_NAME = "govopen.yaml"

STATUS_LABELS = {"pass": "通过", "fail": "不通过", "manual": "待人工核查", "waived": "已豁免", "n/a": "不适用", "error": "无法检查"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
KIND_LABELS = {"catalog": "公开目录", "applications": "依申请公开台账", "events": "突发事件发布记录", "columns": "网站栏目"}
# How each rule checks, as `checklist show` lists it (the rule names stay in YAML and JSON).
RULE_LABELS = {
    "required": "必填项", "missing-column": "列是否齐全", "enum": "取值范围", "pattern": "格式", "length": "长度",
    "unique": "不重复", "date-parse": "日期可读", "date-order": "日期先后", "timeliness": "公开时限",
    "docno": "文号格式", "index-number": "索引号", "privacy": "个人信息", "coverage": "是否公开",
    "deadline": "公开期限", "cadence": "更新频次", "pairing": "解读同步", "freshness": "栏目更新",
    "application-deadline": "答复时限", "application-category": "答复分类", "emergency-release": "突发事件发布",
}


def rule_label(rule: str | None) -> str:
    """How a check is made, in Chinese: its rule's label, or 人工核查 for a manual check."""
    return RULE_LABELS.get(rule, rule) if rule else "人工核查"
