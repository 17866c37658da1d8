"""Chinese labels for the stable English keys (statuses, severities, dataset kinds), and the names the
command line needs before it imports the core."""

CONFIG_NAME = "govopen.yaml"

STATUS_LABELS = {"pass": "通过", "fail": "不通过", "manual": "待人工核查", "waived": "已豁免", "n/a": "不适用", "error": "无法检查"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
KIND_LABELS = {"catalog": "公开目录", "applications": "依申请公开台账", "events": "突发事件发布记录", "columns": "网站栏目"}
