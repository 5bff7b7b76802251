"""A newsroom's spellings of names, `[tool.audit.names]`: reported where replaced, followed by every names check."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
CONFIG = """[names]
prefer = { "Gaddafi" = ["Qaddafi", "Kadhafi"], "Zelensky" = ["Zelenskiy"], "Odessa" = ["Odesa"] }
accept = ["Zelenskyy"]
"""
TEXT = (
    "Qaddafi ruled Libya for decades. Kadhafi was killed in 2011.\n"
    "Zelensky met Zelenskyy's aides and allies of Zelenskiy in Odesa and in Odessa.\n"
    "Bachar al-Assad fled. Bashar al-Assad had ruled Syria since 2000.\n"
)


def _findings(tmp_path, config: str = CONFIG) -> list[tuple[str, str, str]]:
    (tmp_path / "audit.toml").write_text(config, "utf-8")
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = runner.invoke(app, ["check", "a.txt", "-t", "en", "--no-backtranslate", "-f", "json"])
    assert result.exit_code in (0, 1), result.stderr
    return [(f["check"], f["text"], f["suggestion"]) for f in json.loads(result.stdout)["documents"][0]["findings"]]


def test_house_spellings_are_required_accepted_and_never_reported(tmp_path):
    found = _findings(tmp_path)
    assert ("glossary", "Qaddafi", "Gaddafi") in found and ("glossary", "Kadhafi", "Gaddafi") in found
    assert ("glossary", "Zelenskiy", "Zelensky") in found and ("glossary", "Odesa", "Odessa") in found
    flagged = [text for _, text, _ in found]
    assert "Zelensky" not in flagged and "Odessa" not in flagged and "Zelenskyy" not in flagged
    assert flagged.count("Zelenskiy") == 1  # the glossary's finding only, not a names check's beside it


def test_without_a_house_style_the_standard_leads(tmp_path):
    found = _findings(tmp_path, "")
    assert ("name-variant", "Odessa", "Odesa") in found or ("name-variant", "Odesa", "Odessa") in found
    assert not any(check == "glossary" for check, _, _ in found)


def test_suggestions_follow_the_house(tmp_path):
    config = '[names]\nprefer = { "Bachar" = [] }\n'
    found = _findings(tmp_path, config)
    assert ("name-variant", "Bashar", "Bachar") in found  # the house keeps the French spelling: consistency follows
