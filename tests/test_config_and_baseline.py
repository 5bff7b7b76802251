"""Configuration files under the command line, `audit config`, the glossary, and baselines."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
ARTICLE = (
    "Russian troops advanced near Kupiansk on Sunday, the ministry said.\n"
    "The talks ended on Friday. they will resume in January, officials said.\n"
    "Officials in Kiev said the city was quiet overnight.\n"
)


def run(tmp_path, *args: str, text: str = ARTICLE):
    """`audit` run from tmp_path with the article at tmp_path/article.txt."""
    (tmp_path / "article.txt").write_text(text, "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        return runner.invoke(app, list(args))


def checks_found(result) -> list[str]:
    return [f["check"] for d in json.loads(result.stdout)["documents"] for f in d["findings"]]


def test_pyproject_settings_apply_and_options_override(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.audit]\nfail-on = "warning"\ntarget-lang = "en"\n'
        '[tool.audit.severity]\nsentence-case = "info"\ntransliteration = "info"\n',
        "utf-8",
    )
    result = run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate")
    assert result.exit_code == 0  # sentence-case is info now: nothing reaches warning
    found = json.loads(result.stdout)["documents"][0]["findings"]
    assert [(f["check"], f["severity"]) for f in found] == [("sentence-case", "info"), ("transliteration", "info")]
    assert run(tmp_path, "check", "article.txt", "--fail-on", "info", "--no-backtranslate").exit_code == 1


@pytest.mark.parametrize(
    "written",
    [
        'tool = {audit = {fail-on = "warning"}}\n',
        'tool.audit.fail-on = "warning"\n',
        '[tool]\naudit.fail-on = "warning"\n',
    ],
)
def test_pyproject_tool_audit_is_found_however_written(tmp_path, written):
    (tmp_path / "pyproject.toml").write_text(f'{written}\n[project]\nname = "x"\n', "utf-8")
    assert run(tmp_path, "check", "article.txt", "--no-backtranslate").exit_code == 1  # a warning fails the run


def test_audit_toml_checks_disable_and_glossary(tmp_path):
    (tmp_path / "audit.toml").write_text(
        'disable = ["sentence-case", "transliteration"]\n'
        '[glossary]\nforce = { "Kiev" = "Kyiv" }\naccept = ["Kupiansk"]\n',
        "utf-8",
    )
    result = run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate")
    assert checks_found(result) == ["glossary"]
    [finding] = json.loads(result.stdout)["documents"][0]["findings"]
    assert (finding["text"], finding["suggestion"], finding["severity"]) == ("Kiev", "Kyiv", "error")
    assert result.exit_code == 1


def test_ignore_patterns_skip_inputs(tmp_path):
    (tmp_path / "feed" / "drafts").mkdir(parents=True)
    (tmp_path / "feed" / "item.txt").write_text("The talks ended on Friday, officials said.", "utf-8")
    (tmp_path / "feed" / "drafts" / "draft.txt").write_text("The talks ended. they resume.", "utf-8")
    (tmp_path / "audit.toml").write_text('ignore = ["feed/drafts/*", "article.txt"]\n', "utf-8")
    result = run(tmp_path, "check", "article.txt", "feed", "-f", "json", "--no-backtranslate")
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == ["feed/item.txt"]


def test_audit_config_prints_the_effective_configuration(tmp_path):
    (tmp_path / "audit.toml").write_text('fail-on = "warning"\n[severity]\nrepeated-word = "info"\n', "utf-8")
    result = run(tmp_path, "config")
    assert result.exit_code == 0
    assert "audit.toml" in result.stdout
    assert 'fail-on = "warning"' in result.stdout
    assert 'repeated-word = "info"' in result.stdout
    assert "min-language-confidence = 0.9" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("fail-on = 3\n", "'fail-on' must be"),
        ("colour = true\n", "unknown setting 'colour'"),
        ("checks = [\n", "invalid TOML"),
        ('[severity]\nno-such-check = "info"\n', "unknown check 'no-such-check'"),
        ('target-lang = "xx"\n', "unknown language 'xx'"),
        ("min-language-confidence = 5\n", "from 0 to 1"),
        ("min-language-confidence = nan\n", "from 0 to 1"),
        ("round-trip-warning-below = -3\n", "from 0 to 100"),
        ("round-trip-error-below = 50\nround-trip-warning-below = 10\n", "at most round-trip-warning-below"),
        ("[checks.duplicate-phrase]\nmin-word = 6\n", "unknown option 'min-word' (options: min-words,"),
        ("[checks.duplicate-phrase]\nmin-words = 1\n", "must be a number from 3 to 20"),
        ("[checks.duplicate-phrase]\nmin-words = 4.5\n", "must be a whole number"),
        ("[checks.name-variant]\nacross-feed = 1\n", "must be true or false"),
        ("[checks.no-such-check]\nx = 1\n", "unknown check 'no-such-check'"),
        ('checks = ["repeated-word"]\nenable = ["repeated-word"]\n', "give the enabled checks once"),
        ("[checks.duplicate-phrase]\nmin-words = 4\nmin-content-words = 5\n", "min-content-words (5) exceeds"),
        ("[checks.round-trip]\nerror-below = 50\nwarning-below = 10\n", "error-below (50) exceeds warning-below"),
        ('[checks.repeated-word]\nseverity = "fatal"\n', "severity must be error, warning or info"),
        ('enable = "repeated-word"\n', "'enable' (or 'checks') must be a list"),
        ('[names]\nprefer = { "Gaddafi" = "Qaddafi" }\n', "prefer is a table of house spelling"),
        ('[names]\nstyle = "x"\n', "takes 'prefer'"),
        ('[names]\naccept = "Zelenskyy"\n', "'names-accept' must be a list of strings"),
        ("a = " + "[" * 100_000 + "\n", "nested too deeply"),
        ("a = " + "{b = " * 100_000 + "\n", "nested too deeply"),
        ('tool.audit = "x"\n', "'tool.audit' must be a table"),
        ('tool = "x"\n', "'tool' must be a table"),
    ],
)
def test_bad_configuration_is_a_one_line_error(tmp_path, content, message):
    (tmp_path / "audit.toml").write_text(content, "utf-8")
    result = run(tmp_path, "check", "article.txt", "--no-backtranslate")
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.strip().count("\n") == 0


def test_baseline_reports_only_new_findings_and_survives_edits_elsewhere(tmp_path):
    created = run(tmp_path, "baseline", "create", "article.txt", "-o", "base.json", "--no-backtranslate")
    assert created.exit_code == 0, created.output
    assert json.loads((tmp_path / "base.json").read_text("utf-8"))["schema"] == "audit-baseline/1"
    edited = (
        "A new first paragraph was added above.\n" + ARTICLE.replace("advanced", "pushed") + "He left. he came back.\n"
    )
    result = run(tmp_path, "check", "article.txt", "--baseline", "base.json", "-f", "json", "--no-backtranslate",
                 text=edited)  # fmt: skip
    [finding] = json.loads(result.stdout)["documents"][0]["findings"]
    assert (finding["check"], finding["text"]) == ("sentence-case", "he")
    assert finding["line"] == 5
    assert "findings known to the baseline" in result.stderr
    assert json.loads(result.stdout)["summary"]["baselined"] == 2


def test_bad_baseline_file(tmp_path):
    (tmp_path / "base.json").write_text('{"schema": "other"}', "utf-8")
    result = run(tmp_path, "check", "article.txt", "--baseline", "base.json", "--no-backtranslate")
    assert result.exit_code == 2
    assert "not a baseline file" in result.stderr


def test_a_folder_given_as_configuration_is_a_one_line_error(tmp_path):
    (tmp_path / "conf").mkdir()
    for command in (["check", "article.txt"], ["config"]):
        result = run(tmp_path, *command, "--config", "conf")
        assert result.exit_code == 2 and "cannot read the configuration" in result.stderr


def test_an_ignored_input_named_on_the_command_line_is_said_and_nothing_left_is_an_error(tmp_path):
    (tmp_path / "audit.toml").write_text('ignore = ["article.txt"]\n', "utf-8")
    result = run(tmp_path, "check", "article.txt", "--no-backtranslate")
    assert result.exit_code == 2
    assert "article.txt is not audited" in result.stderr and "nothing to audit" in result.stderr


def test_baseline_matches_however_the_path_is_written(tmp_path):
    assert run(tmp_path, "baseline", "create", "article.txt", "-o", "base.json", "--no-backtranslate").exit_code == 0
    for spelling in ("./article.txt", str(tmp_path / "article.txt")):
        result = run(tmp_path, "check", spelling, "--baseline", "base.json", "-f", "json", "--no-backtranslate")
        assert json.loads(result.stdout)["documents"][0]["findings"] == [], spelling
        assert result.exit_code == 0


PHRASES = (
    "Drones struck the main power station in Odesa overnight. Officials said the main power station in Odesa was"
    " badly damaged.\n"
)


def test_check_options_from_their_tables(tmp_path):
    found = run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate", text=PHRASES)
    assert "duplicate-phrase" in checks_found(found)
    (tmp_path / "audit.toml").write_text(
        '[checks.duplicate-phrase]\nmin-words = 7\nmin_content_words = 4\n[checks.repeated-word]\nseverity = "info"\n',
        "utf-8",
    )
    quiet = run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate", text=PHRASES + "It is is so.")
    found = json.loads(quiet.stdout)["documents"][0]["findings"]
    assert [(f["check"], f["severity"]) for f in found] == [("repeated-word", "info")]
    shown = run(tmp_path, "config").stdout
    assert "[tool.audit.checks.duplicate-phrase]" in shown and "min-words = 7" in shown


def test_older_top_level_keys_still_set_check_options(tmp_path):
    (tmp_path / "audit.toml").write_text("min-language-confidence = 0.5\nround-trip-error-below = 10\n", "utf-8")
    shown = run(tmp_path, "config").stdout
    assert "[tool.audit.checks.wrong-language]" in shown and "min-confidence = 0.5" in shown
    assert "error-below = 10" in shown


def test_enable_with_check_tables(tmp_path):
    (tmp_path / "audit.toml").write_text(
        'enable = ["glossary"]\n[checks.name-variant]\nacross-feed = false\n[glossary]\nforce = { "Kiev" = "Kyiv" }\n',
        "utf-8",
    )
    assert checks_found(run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate")) == ["glossary"]


def test_enable_alone(tmp_path):
    (tmp_path / "audit.toml").write_text('enable = ["glossary"]\n[glossary]\nforce = { "Kiev" = "Kyiv" }\n', "utf-8")
    assert checks_found(run(tmp_path, "check", "article.txt", "-f", "json", "--no-backtranslate")) == ["glossary"]
