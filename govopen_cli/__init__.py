"""govopen: 政务公开自查工具 (disclosure self-inspection toolkit)."""

__version__ = "0.1.0"
