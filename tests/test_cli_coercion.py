"""The command line's own coercion of plainly valid values gives what typer's pydantic adapter gives, for every
parameter of every command, and leaves everything else to the adapter (whose error messages users see)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command

from audit.cli import app
from audit.cli_coercion import UNSURE, plain

typer_coercion = pytest.importorskip("typer._coercion", reason="typer before 0.29 coerces through click's types")

SAMPLES = ["", "0", "1", "7", "007", "-1", "1.5", "0.9", " 2", "1e3", "nan", "abc", "-", "a.json", "JSON", "json",
           "local", "LOCAL", "warning", "en", "99999999999999999999", True, False, 3, 0.5, Path("x.md"),
           ("a.txt", "b.txt"), ("json", "sarif"), ("JSON",), ("1",), ["en"], ()]  # fmt: skip


def parameters() -> list:
    found = []

    def visit(command, path: str) -> None:
        for param in getattr(command, "params", []):
            if getattr(param, "type_descriptor", None) is not None:
                found.append(pytest.param(param, id=f"{path} {param.name}"))
        for name, sub in getattr(command, "commands", {}).items():
            visit(sub, f"{path} {name}")

    visit(get_command(app), "audit")
    return found


def adapter_result(param, value):
    runtime = typer_coercion.build_runtime_param(param.type_descriptor)
    try:
        return runtime._coerce_value(value, param=param, ctx=None)
    except Exception as exc:  # any refusal: the plain path must have left the value alone
        return exc


@pytest.mark.parametrize("param", parameters())
def test_a_plain_value_is_what_typers_adapter_makes_of_it(param):
    converted = 0
    for value in SAMPLES:
        ours = plain(param.type_descriptor, value)
        if ours is UNSURE:
            continue
        theirs = adapter_result(param, value)
        assert not isinstance(theirs, Exception), (value, theirs)
        assert type(ours) is type(theirs) and ours == theirs, (value, ours, theirs)
        converted += 1
    assert converted, "no sample converted: the parameter's type is not one the plain path knows"


def test_a_run_with_common_options_imports_no_pydantic(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The talks ended on Friday.\n", encoding="utf-8")
    script = (
        "import sys\nfrom audit.cli import main\n"
        f"sys.argv = ['audit', 'check', '-q', '--no-backtranslate', '-j', '1', '-f', 'json', '--fail-on', 'never',"
        f" '--min-language-confidence', '0.8', '-o', {str(tmp_path / 'r.json')!r}, {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint('pydantic' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert completed.stdout.strip().splitlines()[-1] == "False", completed.stderr
    assert (tmp_path / "r.json").exists()


def test_a_bad_value_still_gets_typers_message():
    completed = subprocess.run([sys.executable, "-m", "audit", "check", "--jobs", "0", "x.txt"], capture_output=True,
                               text=True, timeout=300)  # fmt: skip
    assert completed.returncode == 2
    assert completed.stderr.startswith("audit: error:") and "--jobs" in completed.stderr and "1" in completed.stderr
