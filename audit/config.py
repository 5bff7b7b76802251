"""Configuration: `[tool.audit]` in pyproject.toml or an audit.toml, under the command line's options."""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.findings import Severity

CONFIG_FILES = ("audit.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
_RANGES = {  # numeric settings and their bounds (NaN is outside every range)
    "min_language_confidence": (0.0, 1.0),
    "round_trip_error_below": (0.0, 100.0),  # chrF
    "round_trip_warning_below": (0.0, 100.0),
}


@dataclass
class Config:
    """The effective settings of a run; the field names are the file's keys with '-' for '_'."""

    target_lang: str | None = None
    source_lang: str | None = None
    fail_on: str = "error"
    checks: list[str] = field(default_factory=list)  # enabled checks (empty: all)
    check_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # [checks.<id>]: its options
    disable: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # check id -> error/warning/info
    min_language_confidence: float = 0.9
    round_trip_error_below: float | None = None  # chrF under which a round trip is an error (None: built-in)
    round_trip_warning_below: float | None = None
    backtranslate: bool = True
    glossary_accept: list[str] = field(default_factory=list)  # names never flagged
    glossary_force: dict[str, str] = field(default_factory=dict)  # wrong spelling -> required spelling
    names_prefer: dict[str, list[str]] = field(default_factory=dict)  # house spelling -> the spellings it replaces
    names_accept: list[str] = field(default_factory=list)  # spellings of names the house accepts as well
    ignore: list[str] = field(default_factory=list)  # gitignore patterns of inputs to skip, from the file's folder
    origin: str | None = None  # the file the settings came from

    def to_toml(self) -> str:
        import tomli_w

        data = {k.replace("_", "-"): v for k, v in asdict(self).items() if v is not None and k != "origin"}
        glossary = {"accept": data.pop("glossary-accept"), "force": data.pop("glossary-force")}
        names = {"prefer": data.pop("names-prefer"), "accept": data.pop("names-accept")}
        data.pop("check-settings")
        enabled = data.pop("checks")
        options = {
            check_id: {k.replace("_", "-"): v for k, v in asdict(value).items() if v is not None}
            for check_id, value in self.check_options().items()
        }
        header = f"# effective configuration (file: {self.origin or 'none'})\n"
        table = {**data, "enable": enabled, "glossary": glossary, "names": names, "checks": options}
        return header + tomli_w.dumps({"tool": {"audit": table}})

    def check_options(self) -> dict[str, Any]:
        """Each check's options: its [checks.<id>] table over the older top-level keys, over the defaults."""
        from audit.checks import REGISTRY

        legacy = {
            "wrong-language": {"min_confidence": self.min_language_confidence},
            "round-trip": {"error_below": self.round_trip_error_below, "warning_below": self.round_trip_warning_below},
        }
        options = {}
        for check_id, check in REGISTRY.items():
            given = {k: v for k, v in legacy.get(check_id, {}).items() if v is not None}
            given.update(self.check_settings.get(check_id, {}))
            try:
                options[check_id] = check.Options(**given)
            except ValueError as exc:  # a check's own rule between its options
                raise InputError(f"{self.origin}: [tool.audit.checks.{check_id}]: {exc}") from None
        return options

    @property
    def root(self) -> Path:
        """The folder the configuration's paths are relative to (its `ignore` patterns, a baseline's paths): the
        configuration file's folder, else the working folder."""
        return Path(self.origin).resolve().parent if self.origin else Path.cwd()

    def ignored(self, path: str) -> bool:
        """Whether the `ignore` patterns leave this input out. They have gitignore semantics, relative to the
        configuration file's folder whatever the working folder: `drafts/` a folder of that name anywhere,
        `/drafts/` the one beside the configuration, `*.bak` any such file, `!keep.bak` an exception. A folder is
        given with a final `/` (or found to be one). A path outside the configuration's folder is matched by its
        name only."""
        if not self.ignore:
            return False
        spec = _spec(tuple(self.ignore))
        folder = path.endswith(("/", os.sep)) or os.path.isdir(path)
        relative = _relative(path, self.root)
        return relative != "." and spec.match_file(relative + ("/" if folder else ""))

    def severity_of(self, check: str) -> Severity | None:
        value = self.severity.get(check)
        return Severity(value) if value else None


@functools.cache
def _spec(patterns: tuple[str, ...]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _relative(path: str, root: Path) -> str:
    """The path relative to `root` in POSIX form, else (outside it) its name."""
    full = Path(os.path.abspath(path.rstrip("/" + os.sep) or path))
    full = full.parent.resolve() / full.name  # the folder as the configuration's is found: links resolved
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        return full.name


def find(start: Path) -> Path | None:
    """The nearest audit.toml, or pyproject.toml with a [tool.audit] table, from `start` upwards."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name == "audit.toml" or _configures_audit(candidate)):
                return candidate
    return None


def _configures_audit(pyproject: Path) -> bool:
    """Whether a pyproject.toml has a `tool.audit` key, however written: a [tool.audit] table, an inline table,
    dotted keys. One that does not parse counts when its text names tool.audit, so that the error is said."""
    try:
        text = pyproject.read_text("utf-8", "replace")
    except OSError:
        return False
    try:
        tool = tomllib.loads(text).get("tool")
    except (tomllib.TOMLDecodeError, RecursionError):
        return "tool.audit" in text
    return isinstance(tool, dict) and "audit" in tool


def load(path: Path | None = None, start: Path | None = None) -> Config:
    """The configuration from `path`, else from the nearest config file above `start` (default: the cwd)."""
    path = path or find(start or Path.cwd())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: invalid TOML ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: invalid TOML (arrays or tables nested too deeply)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the configuration ({exc.strerror or exc})") from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise InputError(f"{path}: 'tool' must be a table")
    table = tool.get("audit", {} if path.name == "pyproject.toml" else data)
    if not isinstance(table, dict):
        raise InputError(f"{path}: 'tool.audit' must be a table ([tool.audit])")
    return from_mapping(table, str(path))


def from_mapping(table: dict[str, Any], origin: str) -> Config:
    """Validate a [tool.audit] table: unknown keys and wrong types are errors naming the file and key."""
    table = dict(table)
    settings: dict[str, dict[str, Any]] = {}
    checks = table.pop("checks", None)
    if isinstance(checks, dict):  # [checks.<id>] tables of options; the enabled checks are then under 'enable'
        settings = _check_settings(checks, origin)
        checks = None
    if checks is not None and "enable" in table:
        raise InputError(f"{origin}: give the enabled checks once, as 'enable' (or as the older 'checks' list)")
    enabled = table.pop("enable", checks if checks is not None else [])
    if not isinstance(enabled, list) or not all(isinstance(v, str) for v in enabled):
        raise InputError(f"{origin}: 'enable' (or 'checks') must be a list of check ids")
    table["checks"] = enabled
    names = table.pop("names", {})
    if not isinstance(names, dict) or set(names) - {"prefer", "accept"}:
        raise InputError(f"{origin}: [tool.audit.names] takes 'prefer' (a table of lists) and 'accept' (a list)")
    prefer = names.get("prefer", {})
    if not isinstance(prefer, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v) for v in prefer.values()
    ):
        raise InputError(f"{origin}: [tool.audit.names] prefer is a table of house spelling = [spellings it replaces]")
    glossary = table.pop("glossary", {})
    if not isinstance(glossary, dict) or set(glossary) - {"accept", "force"}:
        raise InputError(f"{origin}: [tool.audit.glossary] takes 'accept' (a list) and 'force' (a table)")
    values: dict[str, Any] = {
        "glossary_accept": glossary.get("accept", []),
        "glossary_force": glossary.get("force", {}),
        "names_prefer": prefer,
        "names_accept": names.get("accept", []),
    }
    known = {f.name for f in fields(Config)} - {
        "origin",
        "glossary_accept",
        "glossary_force",
        "check_settings",
        "names_prefer",
        "names_accept",
    }
    severities = {c: t.pop("severity") for c, t in settings.items() if "severity" in t}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            raise InputError(f"{origin}: unknown setting {key!r} in [tool.audit]")
        values[name] = value
    values.setdefault("severity", {})
    if not isinstance(values["severity"], dict):
        raise InputError(f"{origin}: 'severity' must be a table of strings")
    values["severity"] = {**values["severity"], **severities}
    config = Config(**values, check_settings=settings, origin=origin)
    _check_types(config, origin)
    return config


def _check_settings(tables: dict[str, Any], origin: str) -> dict[str, dict[str, Any]]:
    """[checks.<id>] tables checked against each check's Options: known check, known keys, right types."""
    from audit.checks import REGISTRY

    settings: dict[str, dict[str, Any]] = {}
    for check_id, table in tables.items():
        where = f"{origin}: [tool.audit.checks.{check_id}]"
        if check_id not in REGISTRY:
            raise InputError(f"{origin}: unknown check {check_id!r} in [tool.audit.checks]")
        if not isinstance(table, dict):
            raise InputError(f"{where} must be a table")
        options = {f.name: f for f in fields(REGISTRY[check_id].Options)}
        settings[check_id] = {}
        for key, value in table.items():
            name = key.replace("-", "_")
            if name == "severity":
                if value not in ("error", "warning", "info"):
                    raise InputError(f"{where} severity must be error, warning or info")
                settings[check_id]["severity"] = value
            elif name not in options:
                choices = ", ".join(n.replace("_", "-") for n in options) or "none"
                raise InputError(f"{where}: unknown option {key!r} (options: {choices}, severity)")
            else:
                settings[check_id][name] = _option_value(options[name], value, f"{where} {key}")
    return settings


def _option_value(option: Any, value: Any, where: str) -> Any:
    """The value checked against the option's type (from its default) and bounds."""
    default, low, high = option.default, option.metadata.get("low"), option.metadata.get("high")
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise InputError(f"{where} must be true or false")
    elif isinstance(default, int | float) or (default is None and low is not None):
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise InputError(f"{where} must be a number from {low:g} to {high:g}")
        if isinstance(default, int) and not isinstance(value, int):
            raise InputError(f"{where} must be a whole number")
    elif isinstance(default, str) and not isinstance(value, str):
        raise InputError(f"{where} must be a string")
    return value


def _check_types(config: Config, origin: str) -> None:
    def bad(key: str, expected: str) -> InputError:
        return InputError(f"{origin}: '{key}' must be {expected}")

    for key in ("checks", "disable", "ignore", "glossary_accept", "names_accept"):
        value = getattr(config, key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key.replace("_", "-"), "a list of strings")
    for key in ("severity", "glossary_force"):
        value = getattr(config, key)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise bad(key.replace("_", "-"), "a table of strings")
    if config.fail_on not in FAIL_ON:
        raise bad("fail-on", " or ".join(FAIL_ON))
    if any(v not in ("error", "warning", "info") for v in config.severity.values()):
        raise bad("severity", "a table of check = error, warning or info")
    for key, (low, high) in _RANGES.items():
        value = getattr(config, key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high
        ):
            raise bad(key.replace("_", "-"), f"a number from {low:g} to {high:g}")
    error, warning = config.round_trip_error_below, config.round_trip_warning_below
    if error is not None and warning is not None and error > warning:
        raise bad("round-trip-error-below", f"at most round-trip-warning-below ({warning:g})")
    if not isinstance(config.backtranslate, bool):
        raise bad("backtranslate", "true or false")
    for key in ("target_lang", "source_lang"):
        if getattr(config, key) is not None and not isinstance(getattr(config, key), str):
            raise bad(key.replace("_", "-"), "a language code")
