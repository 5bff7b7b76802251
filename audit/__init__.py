"""Translation-quality auditor for machine-translated news articles and feeds."""

__version__ = "0.1.0"
TOOL_NAME = "translation-audit"
