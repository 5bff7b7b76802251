"""A light install: the checks that need no model install and run without the translation stack (argostranslate,
CTranslate2, sacrebleu, and through argostranslate stanza, spaCy, PyTorch and minisbd), which is the `translate`
extra; without it `audit models` and the round trip say so on one line, with the command that installs it.

The install without the extra is simulated in a fresh process that cannot import those packages."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.paths import SEED

ROOT = Path(__file__).resolve().parent.parent
TRANSLATION_STACK = ("argostranslate", "ctranslate2", "sacrebleu", "sentencepiece", "stanza", "spacy", "torch",
                     "minisbd", "packaging")  # fmt: skip
NOT_INSTALLED = (*TRANSLATION_STACK, "numpy", "click", "sacremoses", "tqdm")  # what they bring, typer's click too
INSTALL = "pip install 'translation-audit[translate]'"
EXTRA_MISSING = (
    f"the translate extra is not installed (argostranslate, ctranslate2, sacrebleu missing); install it with: {INSTALL}"
)

WITHOUT_EXTRA = """
import importlib.abc, sys

class WithoutTranslation(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, WithoutTranslation())
sys.argv = ["audit", *sys.argv[1:]]
from audit.cli import main
main()
imported = sorted(name for name in sys.modules if name.partition(".")[0] in {blocked!r})
assert not imported, imported
"""


def without_extra(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """`audit ARGS` in a process that cannot import the translate extra (as after `pip install translation-audit`)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "AUDIT_CACHE_DIR": str(tmp_path / "audit-cache")}  # fmt: skip
    script = WITHOUT_EXTRA.format(blocked=set(NOT_INSTALLED))
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env=env)  # fmt: skip


def test_the_translation_stack_is_an_extra_that_the_tests_install():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        return {requirement.split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower()
                for requirement in requirements}  # fmt: skip

    assert not names(project["dependencies"]) & set(TRANSLATION_STACK)
    extras = project["optional-dependencies"]
    assert {"argostranslate", "ctranslate2", "sacrebleu", "packaging"} <= names(extras["translate"])
    assert any("translation-audit[" in r and "translate" in r.split("[")[1] for r in extras["test"]), extras["test"]


def test_every_check_that_needs_no_model_runs_without_the_extra(tmp_path):
    ran = without_extra("check", str(SEED), "-s", "fr", "-f", "json", tmp_path=tmp_path)
    assert ran.returncode == 1, ran.stderr  # the double attribution is an error
    assert ran.stderr == f"audit: round trip skipped: {EXTRA_MISSING} (the other checks ran)\n"
    [document] = json.loads(ran.stdout)["documents"]
    assert {f["check"] for f in document["findings"]} >= {"double-attribution", "sentence-case", "transliteration"}
    unavailable = document["scores"]["round_trip_unavailable"]
    assert (unavailable["reason"], unavailable["install"]) == (EXTRA_MISSING, INSTALL)
    assert {"check": "round-trip", "reason": EXTRA_MISSING} in document["skipped"]


def test_a_feed_and_every_report_format_without_the_extra(tmp_path):
    feed = ROOT / "corpora" / "inputs" / "feed.rss"
    args = ["check", str(feed), "--report-dir", str(tmp_path / "reports"), "--no-backtranslate"]
    ran = without_extra(*args, *[f for name in ("text", "json", "markdown", "junit", "sarif", "github", "html")
                                 for f in ("-f", name)], tmp_path=tmp_path)  # fmt: skip
    assert ran.returncode in (0, 1), ran.stderr
    assert len(list((tmp_path / "reports").iterdir())) == 7


def test_round_trip_required_without_the_extra_is_one_line(tmp_path):
    ran = without_extra("check", str(SEED), "-s", "fr", "--require-backtranslation", tmp_path=tmp_path)
    assert ran.returncode == 2
    assert ran.stderr.count("\n") == 1 and INSTALL in ran.stderr and "translate extra" in ran.stderr


@pytest.mark.parametrize(
    "args", [["models", "list"], ["models", "install", "fr", "en"], ["models", "remove", "fr", "en"]]
)
def test_models_say_the_extra_is_missing_and_how_to_install_it(tmp_path, args):
    ran = without_extra(*args, tmp_path=tmp_path)
    assert ran.returncode == 2
    assert ran.stderr == f"audit: error: audit models needs translation: {EXTRA_MISSING}\n"


def test_the_cache_and_the_help_need_no_extra(tmp_path):
    assert without_extra("cache", "info", tmp_path=tmp_path).returncode == 0
    helped = without_extra("check", "--help", tmp_path=tmp_path)
    assert helped.returncode == 0 and "--no-backtranslate" in helped.stdout
