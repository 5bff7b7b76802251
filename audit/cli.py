"""The command line: `audit check` and friends. Heavy modules are imported inside the commands."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from audit import __version__
from audit.cli_models import cache_app, models_app
from audit.reports import FORMATS

app = typer.Typer(
    name="audit",
    help="Audit machine-translated news articles and feeds: what is wrong, where, and how to fix it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(models_app, name="models")
app.add_typer(cache_app, name="cache")


Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"audit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Audit machine-translated news articles and feeds."""


def fail(message: str) -> typer.Exit:
    """Print a one-line error and give the exit for usage and input errors (code 2)."""
    typer.echo(f"audit: error: {message}", err=True)
    return typer.Exit(2)


@app.command()
def check(
    inputs: Annotated[
        list[str], typer.Argument(help="Text files, directories (walked for .txt and .md) or - for standard input.")
    ],
    target_lang: Annotated[
        str | None,
        typer.Option("--target-lang", "-t", help="Language the documents should be in (default: each one's own)."),
    ] = None,
    source_lang: Annotated[
        str | None, typer.Option("--source-lang", "-s", help="Language the documents were translated from.")
    ] = None,
    output_format: Annotated[
        list[Format] | None,
        typer.Option("--format", "-f", help="Report format (repeatable: several reports in one run)."),
    ] = None,
    output: Annotated[
        list[Path] | None,
        typer.Option("--output", "-o", help="Write the report to this file, atomically (one per --format)."),
    ] = None,
    report_dir: Annotated[
        Path | None,
        typer.Option("--report-dir", help="Write each --format's report to this folder as audit-report.<suffix>."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit with code 1 when a finding reaches this severity.")
    ] = FailOn.error,
    only: Annotated[list[str] | None, typer.Option("--check", help="Run only this check (repeatable).")] = None,
    skip: Annotated[list[str] | None, typer.Option("--skip", help="Do not run this check (repeatable).")] = None,
    min_language_confidence: Annotated[
        float,
        typer.Option(
            "--min-language-confidence",
            min=0.0,
            max=1.0,
            help="Probability from which a passage's language is reported.",
        ),
    ] = 0.9,
    colour: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the text report (default: on a terminal).")
    ] = None,
    source: Annotated[
        list[Path] | None,
        typer.Option("--source", help="Source text of the document (reference mode; once per document, in order)."),
    ] = None,
    backtranslate: Annotated[
        bool, typer.Option("--backtranslate/--no-backtranslate", help="Run the round-trip translation check.")
    ] = True,
    require_backtranslation: Annotated[
        bool,
        typer.Option("--require-backtranslation", help="Fail (exit 2) when the round trip cannot run."),
    ] = False,
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Translation cache file (default: the user cache folder).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Audit documents and report the findings.

    Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage or input errors.
    """
    from audit import checks, language
    from audit.context import RunContext
    from audit.errors import InputError
    from audit.findings import Severity
    from audit.reports import ReportOptions
    from audit.runner import load_documents, run_checks, worst_severity

    try:
        ctx = RunContext(
            target_lang=language.validate(target_lang),
            source_lang=language.validate(source_lang),
            min_language_confidence=min_language_confidence,
            backtranslate=backtranslate,
            require_backtranslation=require_backtranslation,
            sources=load_documents([str(path) for path in source or ()]),
            translation_cache=cache,
            quiet=quiet,
        )
        selected = checks.select(only, skip or ())
        documents = load_documents(inputs)
        results = run_checks(documents, ctx, selected)
        options = ReportOptions(colour=False, fail_on=None if fail_on is FailOn.never else Severity(fail_on.value))
        _report(results, [f.value for f in output_format or [Format.text]], output or [], report_dir, options, colour)
    except InputError as exc:
        raise fail(str(exc)) from None
    worst = worst_severity(results)
    if fail_on is not FailOn.never and worst is not None and worst.rank >= _rank(fail_on):
        raise typer.Exit(1)


def _rank(fail_on: FailOn) -> int:
    from audit.findings import Severity

    return Severity(fail_on.value).rank


def _report(
    results, formats: list[str], outputs: list[Path], report_dir: Path | None, options, colour: bool | None
) -> None:
    """Render each asked format once and write it to its file, or the only one to standard output."""
    import dataclasses

    from audit.atomic import write_text_atomic
    from audit.errors import InputError
    from audit.reports import render, suffix
    from audit.reports.text_report import summary_line

    if outputs and len(outputs) != len(formats):
        raise InputError(f"give one -o FILE per --format ({len(formats)} formats, {len(outputs)} outputs)")
    if not outputs and report_dir is None:
        if len(formats) > 1:
            raise InputError("several formats need -o FILE for each, or --report-dir")
        use_colour = colour if colour is not None else sys.stdout.isatty()
        typer.echo(render(formats[0], results, dataclasses.replace(options, colour=use_colour)), nl=False)
        return
    targets = outputs or [report_dir / f"audit-report{suffix(name)}" for name in formats]
    for name, target in zip(formats, targets, strict=True):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(target, render(name, results, options))
        except OSError as exc:
            raise InputError(f"{target}: cannot write the report ({exc.strerror or exc})") from None
    typer.echo(summary_line(results) + f"; reports written: {', '.join(map(str, targets))}", err=True)


@app.command("checks")
def list_checks() -> None:
    """List the checks with their ids and what they find."""
    from audit.checks import CHECKS

    for module in CHECKS:
        typer.echo(f"{module.ID:<20} {module.DESCRIPTION}")


def main() -> None:
    app(prog_name="audit")
