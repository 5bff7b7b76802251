"""The command line: `audit check` and friends. Heavy modules are imported inside the commands.

The annotations here are objects, not strings (no `from __future__ import annotations`): typer reads every
command's annotations at each start, and would compile and evaluate each string twice (some 3% of the instructions
of a check of one sentence).
"""

import dataclasses
import gc
import os
import re
import sys
from collections.abc import Iterable, Iterator
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer
from typer.core import TyperCommand, TyperGroup

from audit import __version__, limits
from audit.cli_coercion import deferred
from audit.cli_models import cache_app, models_app
from audit.limits import Limits
from audit.reports import FORMATS, format_of

try:  # the click that typer runs on: typer from 0.2x vendors its own
    from typer._click import exceptions as click
    from typer.exceptions import Abort, Exit
except ImportError:
    from click import exceptions as click
    from click.exceptions import Abort, Exit


# Young objects allocated between two collections (Python's default: 700). The checks make and drop millions of
# small tuples and dicts, almost none in cycles: at 700 the collector's passes were some tenth of a run's CPU, and
# 400,000 costs 1.2-1.3% fewer instructions than 50,000 (callgrind, the reference and a feed of 200 articles).
GC_ALLOCATIONS = 400_000


class _OneLineErrors(TyperGroup):
    """The program's group: a usage error of any command (an unknown option, a bad value, a missing argument) is
    one line on standard error, `audit: error: …`, and exit code 2, as every other error of the program."""

    def get_params(self, ctx) -> list:
        return deferred(super().get_params(ctx))

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from audit.guarded_output import guarded_streams

        with guarded_streams():  # no line the run prints can be a CI runner's command
            return self._main(args, prog_name, complete_var, standalone_mode, **extra)

    def _main(self, args, prog_name, complete_var, standalone_mode, **extra):
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.NoArgsIsHelpError as exc:  # `audit`, `audit models`: their help
            typer.echo(exc.ctx.get_help())
            code = exc.exit_code
        except click.UsageError as exc:
            typer.echo(f"audit: error: {usage_error(exc)}", err=True)
            code = 2
        except click.ClickException as exc:
            typer.echo(f"audit: error: {_one_line(exc.format_message())}", err=True)
            code = exc.exit_code
        except Exit as exc:
            code = exc.exit_code
        except Abort:
            typer.echo("audit: interrupted", err=True)
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


class _Command(TyperCommand):
    """Every command's help names its arguments as their metavars (`INPUT...`, `ID`), without a type placeholder
    such as `<list[str]>` after them or braces around them in the usage line."""

    def get_params(self, ctx) -> list:
        return deferred(super().get_params(ctx))

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = _argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx, formatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), record[1].replace("  [required]", "")))
            else:  # a range is said in words by the help itself
                options.append((record[0], _RANGE.sub("", record[1])))
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _argument_name(param) -> str:
    name = param.metavar or param.name.upper()
    return name if param.nargs == 1 or name.endswith("...") else name + "..."


_RANGE = re.compile(r"\s*\[[^\]]*<=?x<=?[^\]]*\]")  # typer's "[0.0<=x<=1.0]"
_VALUE_ERROR = "Value error, "  # how typer's validation of a choice starts its message


def usage_error(exc: click.UsageError) -> str:
    """A usage error on one line, with the command whose help says more."""
    message = _one_line(exc.format_message()).replace(_VALUE_ERROR, "").rstrip(".")
    message = message[:1].lower() + message[1:] if message[1:2].islower() else message
    command = exc.ctx.command_path if exc.ctx is not None else "audit"
    return f"{message} (see {command} --help)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


app = typer.Typer(
    name="audit",
    cls=_OneLineErrors,
    help="Audit machine-translated news articles and feeds: what is wrong, where, and how to fix it.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion, --show-completion (bash, zsh, fish, PowerShell)
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(models_app, name="models")
app.add_typer(cache_app, name="cache")


Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


class Executor(StrEnum):
    local = "local"
    ray = "ray"


class FailOn(StrEnum):
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
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Audit machine-translated news articles and feeds."""


def fail(message: str) -> typer.Exit:
    """Print a one-line error and give the exit for usage and input errors (code 2)."""
    typer.echo(f"audit: error: {message}", err=True)
    return typer.Exit(2)


# Options shared by `check` and `baseline create`.
Inputs = Annotated[
    list[str],
    typer.Argument(metavar="INPUT...", help="Files, directories (walked), feeds, URLs, or - for standard input."),
]
TargetLang = Annotated[
    str | None,
    typer.Option(
        "--target-lang",
        "-t",
        metavar="LANG",
        help="Language the documents should be in, a code or tag: en, fr, en-US (default: each one's own).",
    ),
]
SourceLang = Annotated[
    str | None,
    typer.Option("--source-lang", "-s", metavar="LANG", help="Language the documents were translated from."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Configuration file (default: the nearest audit.toml or pyproject.toml)."
    ),
]
Only = Annotated[
    list[str] | None,
    typer.Option(
        "--check", metavar="ID[,ID...]", help="Run only these checks (`audit checks` lists them; repeatable)."
    ),
]
Skip = Annotated[
    list[str] | None, typer.Option("--skip", metavar="ID[,ID...]", help="Do not run these checks (repeatable).")
]
Sources = Annotated[
    list[Path] | None,
    typer.Option(
        "--source",
        metavar="FILE",
        help="Source text of the document (reference mode; once per document, in order).",
    ),
]
Backtranslate = Annotated[
    bool | None, typer.Option("--backtranslate/--no-backtranslate", help="Run the round-trip translation check.")
]
RequireBacktranslation = Annotated[
    bool, typer.Option("--require-backtranslation", help="Fail (exit 2) when the round trip cannot run.")
]
Cache = Annotated[
    Path | None,
    typer.Option("--cache", metavar="FILE", help="Translation cache file (default: the user cache folder)."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Processes that check documents in parallel (default: the cores)."
    ),
]
ExecutorKind = Annotated[
    Executor,
    typer.Option(
        "--executor",
        case_sensitive=False,
        metavar="KIND",
        help="Where documents are checked: local (processes, see --jobs) or ray (a Ray cluster; the ray extra).",
    ),
]
RayAddress = Annotated[
    str | None,
    typer.Option("--ray-address", metavar="ADDR", help="With --executor ray: the cluster (default: a local one)."),
]


@app.command()
def check(
    inputs: Inputs,
    target_lang: TargetLang = None,
    source_lang: SourceLang = None,
    output_format: Annotated[
        list[Format] | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            case_sensitive=False,
            help=f"Report format: {', '.join(FORMATS)} (repeatable: several reports in one run; default: text, or"
            " the one -o FILE's extension names).",
        ),
    ] = None,
    output: Annotated[
        list[Path] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to this file, atomically (one per --format; - for standard output).",
        ),
    ] = None,
    report_dir: Annotated[
        Path | None,
        typer.Option(
            "--report-dir",
            metavar="DIR",
            help="Write each --format's report to this folder as audit-report.SUFFIX.",
        ),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            case_sensitive=False,
            help="Exit with code 1 when a finding reaches this severity: error (default), warning, info, or never.",
        ),
    ] = None,
    only: Only = None,
    skip: Skip = None,
    min_language_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-language-confidence",
            min=0.0,
            max=1.0,
            metavar="P",
            help="Probability from 0 to 1 from which a passage's language is reported (default: 0.9).",
        ),
    ] = None,
    colour: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Colour the text report, also through a pipe (default: on a terminal; NO_COLOR and FORCE_COLOR"
            " are honoured).",
        ),
    ] = None,
    source: Sources = None,
    backtranslate: Backtranslate = None,
    require_backtranslation: RequireBacktranslation = False,
    cache: Cache = None,
    quiet: Quiet = False,
    config_file: ConfigFile = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", metavar="FILE", help="Report only the findings this baseline file does not hold."),
    ] = None,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the safe fixes as a unified diff instead of a report; change nothing. Exit code 1 when there "
            "is a diff, 0 when none (as ruff --diff), whatever --fail-on says.",
        ),
    ] = False,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="Apply the safe fixes to plain-text and Markdown inputs, then report the rest."),
    ] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="With --fix or --diff: the unsafe fixes as well.")
    ] = False,
    show_clean: Annotated[
        bool,
        typer.Option("--show-clean", help="List the documents without findings in the text report (else counted)."),
    ] = False,
    jobs: Jobs = None,
    executor: ExecutorKind = Executor.local,
    ray_address: RayAddress = None,
    max_input_bytes: Annotated[
        int,
        typer.Option(
            "--max-input-bytes", min=1, metavar="BYTES", help="Refuse an input file, stream or URL larger than this."
        ),
    ] = Limits.input_bytes,
    max_document_bytes: Annotated[
        int,
        typer.Option(
            "--max-document-bytes", min=1, metavar="BYTES", help="Skip, with a warning, a document larger than this."
        ),
    ] = Limits.document_bytes,
) -> None:
    """Audit documents and report the findings.

    Settings come from [tool.audit] in pyproject.toml or from audit.toml (see `audit config`); options given
    here override them. Exit codes: 0 when no finding reaches --fail-on, 1 when one does (with --diff: when
    there is a diff), 2 for usage or input errors.
    """
    from audit import baseline as baselines
    from audit.errors import InputError
    from audit.findings import Severity
    from audit.overwrite import refuse_overwrites
    from audit.reports import ReportOptions

    if require_backtranslation and backtranslate is False:
        raise fail("--require-backtranslation and --no-backtranslate contradict each other")
    if diff and fix:
        raise fail("--diff shows the fixes and --fix applies them: give one")
    if unsafe_fixes and not (diff or fix):
        raise fail("--unsafe-fixes goes with --fix or --diff")
    if diff and (output_format or output or report_dir):
        raise fail("--diff prints the fixes as a diff on standard output: it takes no --format, -o or --report-dir")
    try:
        config = _config(
            config_file,
            target_lang=target_lang,
            source_lang=source_lang,
            fail_on=fail_on.value if fail_on else None,
            checks=_ids(only, "--check"),
            disable=_ids(skip, "--skip"),
            min_language_confidence=min_language_confidence,
            backtranslate=backtranslate,
        )
        formats = [f.value for f in output_format] if output_format else [format_of(path) for path in output or ()]
        formats = formats or ["text"]
        targets = [] if diff else _targets(formats, output or [], report_dir)  # refused before any write
        refuse_overwrites(targets, inputs, source, baseline, config.origin)
        known = baselines.load(baseline) if baseline is not None else None
        reports = ReportPaths.of(targets, report_dir)
        execution = Execution(executor.value, jobs, ray_address)
        limits.use(Limits(max_input_bytes, max_document_bytes))
        if formats == ["jsonl"] and not (diff or fix):
            if source:
                raise fail("--source pairs sources with the documents of the whole run: it cannot go with -f jsonl")
            run = Streamed(config, cache, quiet, reports, execution, require_backtranslation)
            failing = None if config.fail_on == "never" else Severity(config.fail_on)
            worst, errors = run.audit(inputs, targets[0], known, baseline, failing)
            raise typer.Exit(2 if errors else 1 if failing and worst and worst.rank >= failing.rank else 0)
        audited = _audit(inputs, config, source, require_backtranslation, cache, quiet, reports, execution)
        if diff:
            shown = _show_diff(audited.results, unsafe_fixes)
            raise typer.Exit(2 if audited.errors else 1 if shown else 0)
        if fix and _fix(audited.results, unsafe_fixes):
            audited = _audit(inputs, config, source, require_backtranslation, cache, quiet, reports, execution)
        results = audited.results
        suppressed = 0
        if known is not None:
            results, suppressed = baselines.subtract(results, known, config.root)
            typer.echo(f"audit: {suppressed} findings known to the baseline {baseline} are not reported", err=True)
            if known and not suppressed:
                reason = baselines.unmatched_reason(known, results, config.root, _anchor(config))
                typer.echo(f"audit: warning: the baseline {baseline} matches no finding of this run: {reason}",
                           err=True)  # fmt: skip
        failing = None if config.fail_on == "never" else Severity(config.fail_on)
        options = ReportOptions(
            fail_on=failing,
            baselined=suppressed,
            problems=audited.problems,
            errors=audited.errors,
            notes=audited.notes,
            root=config.root,
            show_clean=show_clean,
        )
        _report(results, formats, targets, options, colour)
    except InputError as exc:
        raise fail(str(exc)) from None
    if audited.errors:  # every other input was audited and reported; the run still fails as its inputs did
        raise typer.Exit(2)
    if failing is not None and any(f.severity.rank >= failing.rank for r in results for f in r.findings):
        raise typer.Exit(1)


def _ids(values: list[str] | None, option: str) -> list[str] | None:
    """Check ids given as `--check a,b` as well as `--check a --check b`. An option given with no id is an error,
    not every check: `--check "$CHECKS"` with the CI variable unset would otherwise run all of them unnoticed."""
    from audit.errors import InputError

    if values is None:
        return None
    ids = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not ids:
        raise InputError(f"{option} names no check: give ids as `audit checks` lists them")
    return ids


def _config(path: Path | None, **overrides):
    """The configuration file's settings under the options given on the command line."""
    from audit import config, language

    settings = config.load(path)
    given = {key: value for key, value in overrides.items() if value is not None}
    settings = dataclasses.replace(settings, **given)
    if "min_language_confidence" in given:  # the command line over the file's [checks.wrong-language] too
        wrong_language = {
            **settings.check_settings.get("wrong-language", {}),
            "min_confidence": given["min_language_confidence"],
        }
        settings.check_settings = {**settings.check_settings, "wrong-language": wrong_language}
    settings.target_lang = language.validate(settings.target_lang)
    settings.source_lang = language.validate(settings.source_lang)
    return settings


class Audited(NamedTuple):
    """What a run found: each document's result, the parts of inputs that could not be read (warnings), the inputs
    that could not be audited at all (errors: the run exits with 2), the files of walked folders skipped."""

    results: list
    problems: tuple  # InputProblem
    errors: tuple
    notes: tuple[str, ...]


class ReportPaths(NamedTuple):
    """The files and the folder a run writes its reports to: never read as its inputs."""

    files: frozenset[str] = frozenset()
    folder: str | None = None

    @classmethod
    def of(cls, targets: list[Path], folder: Path | None) -> "ReportPaths":
        return cls(
            frozenset(os.path.realpath(t) for t in targets if t != STDOUT),
            os.path.realpath(folder) if folder is not None else None,
        )

    def hold(self, path: str) -> bool:
        real = os.path.realpath(path.rstrip("/" + os.sep) or path)
        if real in self.files:
            return True
        return self.folder is not None and (real == self.folder or real.startswith(self.folder.rstrip(os.sep) + os.sep))


class Execution(NamedTuple):
    """Where the checks of single documents run (see audit.executors)."""

    kind: str = "local"
    jobs: int | None = None
    ray_address: str | None = None


def _anchor(config) -> str:
    """What a run's paths are relative to, as a message says it."""
    if config.origin:
        return f"{config.root}, the folder of {config.origin}"
    return f"{config.root}, the working folder (no configuration file)"


def _audit(
    inputs: list[str],
    config,
    sources,
    require_backtranslation: bool,
    cache: Path | None,
    quiet: bool,
    reports: ReportPaths | None = None,
    execution: Execution | None = None,
) -> Audited:
    """Load the inputs the configuration does not ignore and run the configured checks over them; an input that
    cannot be read is an error on that input (said on standard error and in the reports), the others are audited.
    The run's own reports (their files, their folder) are never read."""
    from audit.errors import InputError, InputFailure
    from audit.inputs import load

    ctx, selected = _context(config, sources, cache, quiet)
    kept, left_out = _kept(inputs, config, reports or ReportPaths())
    problems: list = []
    errors: list[InputFailure] = []
    notes: list[InputFailure] = []
    documents = list(
        _within_limit(load(kept, problems=problems, ignore=left_out, errors=errors, notes=notes), problems)
    )
    _say(problems, errors, notes)
    if ctx.sources and len(ctx.sources) != len(documents):
        unread = f" ({_plural(len(errors), 'input')} could not be read)" if errors else ""
        raise InputError(
            f"--source given {len(ctx.sources)} times for {len(documents)} documents{unread}: give one each"
        )
    results = _run(documents, ctx, selected, execution or Execution())
    _round_trip_gaps(results, require_backtranslation)
    return Audited(results, tuple(problems), tuple(errors), tuple(str(n) for n in notes))


@dataclasses.dataclass
class Streamed:
    """A run that writes its JSON Lines report as it goes (audit.streaming): each window of documents audited,
    written and let go; the summary, problems and errors in the last line."""

    config: Any
    cache: Path | None
    quiet: bool
    reports: ReportPaths
    execution: Execution
    require_backtranslation: bool

    def audit(self, inputs: list[str], target: Path, known, baseline: Path | None, failing) -> tuple[Any, list]:
        """Audit and write; the worst severity reported and the inputs that could not be audited."""
        from contextlib import nullcontext

        from audit import baseline as baselines
        from audit import streaming
        from audit.atomic import atomic_stream
        from audit.reports import ReportOptions
        from audit.reports.json_report import Tally
        from audit.reports.jsonl_report import closing_line, document_line

        ctx, selected = _context(self.config, None, self.cache, self.quiet)
        kept, left_out = _kept(inputs, self.config, self.reports)
        problems: list = []
        errors: list = []
        notes: list = []
        tally, suppressed, worst = Tally(), 0, None
        documents = _within_limit(streaming.documents(kept, problems, errors, notes, left_out), problems)
        executor = _executor(self.execution)
        out = nullcontext(sys.stdout.buffer) if target == STDOUT else atomic_stream(target)
        try:
            with out as stream:
                for results in streaming.audit(documents, ctx, selected, executor):
                    _round_trip_gaps(results, self.require_backtranslation)
                    if known is not None:
                        results, known_here = baselines.subtract(results, known, self.config.root)
                        suppressed += known_here
                    for result in results:
                        tally.add(result)
                        worst = max([worst, *(f.severity for f in result.findings)], key=_rank)
                        stream.write(document_line(result).encode("utf-8"))
                    stream.flush()
                _say(problems, errors, notes)
                if known is not None:
                    typer.echo(f"audit: {suppressed} findings known to the baseline {baseline} are not reported",
                               err=True)  # fmt: skip
                options = ReportOptions(
                    fail_on=failing,
                    baselined=suppressed,
                    problems=tuple(problems),
                    errors=tuple(errors),
                    notes=tuple(map(str, notes)),
                    root=self.config.root,
                )
                stream.write(closing_line(tally, options).encode("utf-8"))
        finally:
            if executor is not None:
                executor.close()
        if target != STDOUT:
            typer.echo(f"{tally.documents} documents audited; report written: {target}", err=True)
        return worst, errors


def _rank(severity) -> int:
    return severity.rank if severity is not None else 0


def _executor(execution: Execution):
    from audit.executors import executor_for

    return executor_for(execution.kind, execution.jobs, execution.ray_address)


def _say(problems: list, errors: list, notes: list) -> None:
    for note in notes:
        typer.echo(f"audit: note: {note}", err=True)
    for problem in problems:
        typer.echo(f"audit: warning: {problem}", err=True)
    for error in errors:
        typer.echo(f"audit: error: {error}", err=True)


def _context(config, sources, cache: Path | None, quiet: bool):
    """The run's context and its checks, from the configuration."""
    from audit import checks
    from audit.context import RunContext
    from audit.errors import InputError
    from audit.findings import Severity
    from audit.runner import load_documents

    ctx = RunContext(
        target_lang=config.target_lang,
        source_lang=config.source_lang,
        check_options=config.check_options(),
        backtranslate=config.backtranslate,
        sources=load_documents([str(path) for path in sources or ()]),
        translation_cache=cache,
        quiet=quiet,
        severity={check: Severity(level) for check, level in config.severity.items()},
        glossary_accept=frozenset(config.glossary_accept) | frozenset(config.names_accept),
        glossary_force=dict(config.glossary_force),
        names_prefer={alternative: house for house, alts in config.names_prefer.items() for alternative in alts},
        names_houses=frozenset(config.names_prefer),
    )
    selected = checks.select(config.checks or None, config.disable)
    unknown = set(config.severity) - set(checks.REGISTRY)
    if unknown:
        raise InputError(f"{config.origin}: severity given for unknown check {sorted(unknown)[0]!r}")
    return ctx, selected


def _kept(inputs: list[str], config, reports: ReportPaths):
    """The inputs to read (those the configuration ignores or the run's reports are, said and left out), and the
    test that leaves files of walked folders out."""
    from audit.errors import InputError
    from audit.inputs.fetch import is_url

    kept = []
    for item in inputs:
        local = item != "-" and not is_url(item)
        if local and config.ignored(item):
            typer.echo(f"audit: warning: {item} is not audited: {config.origin} ignores it", err=True)
        elif local and reports.hold(item):
            typer.echo(f"audit: note: {item} is not audited: this run writes its reports there", err=True)
        else:
            kept.append(item)
    if not kept:
        raise InputError("nothing to audit: every input given is left out (said above)")

    def left_out(path: str) -> bool:
        return config.ignored(path) or reports.hold(path)

    return kept, left_out


def _within_limit(documents: Iterable, problems: list) -> Iterator:
    """The documents under the document limit; each one over it is a warning that it was skipped."""
    from audit.inputs.problems import InputProblem
    from audit.limits import current, oversized, size

    for doc in documents:
        count = oversized(doc.text)
        if count is None:
            yield doc
        else:
            limit = size(current().document_bytes)
            message = f"document {doc.id} is {size(count)}, over the document limit of {limit} (--max-document-bytes):"
            message += " skipped"
            problems.append(InputProblem(doc.path or doc.id, None, message))


def _run(documents, ctx, selected, execution: Execution):
    from audit.runner import run_checks

    if execution.kind != "ray" and len(documents) < 2:
        return run_checks(documents, ctx, selected)
    executor = _executor(execution)
    try:
        return run_checks(documents, ctx, selected, executor)
    finally:
        executor.close()


def _round_trip_gaps(results, required: bool) -> None:
    """Missing translation packages, said once for the run; with --require-backtranslation any gap is an error.
    Without the `translate` extra, that is what every document's reason says, and the one line for the run."""
    from audit.errors import InputError

    without_extra = _without_translation(results)
    gaps = [(r.document, s["reason"]) for r in results for s in r.skipped if s["check"] == "round-trip"]
    if required and gaps:
        doc, reason = gaps[0]
        raise InputError(f"back-translation required, but for {doc.path or doc.id}: {reason}")
    if without_extra:
        typer.echo(f"audit: round trip skipped: {without_extra} (the other checks ran)", err=True)
        return
    unavailable = [r.scores.get("round_trip_unavailable") or {} for r in results]
    missing = dict.fromkeys(m for u in unavailable for m in u.get("missing", ()))
    commands = dict.fromkeys(u["install"] for u in unavailable if u.get("install"))
    if missing:
        typer.echo(
            f"audit: round trip skipped, no translation package for {', '.join(missing)};"
            f" install with: {'; '.join(commands)} (the other checks ran)",
            err=True,
        )


def _without_translation(results) -> str | None:
    """When the `translate` extra is missing and the round trip wanted packages, each such document's reason (in
    the reports) says so, with the command that installs it; that reason, else None."""
    wanting = [r for r in results if (r.scores.get("round_trip_unavailable") or {}).get("missing")]
    if not wanting:
        return None
    from audit.translation.packages import INSTALL_EXTRA, extra_missing

    reason = extra_missing()
    if reason is None:
        return None
    for result in wanting:
        unavailable = result.scores["round_trip_unavailable"]
        result.scores["round_trip_unavailable"] = {**unavailable, "reason": reason, "install": INSTALL_EXTRA}
        result.skipped[:] = [{**s, "reason": reason} if s["check"] == "round-trip" else s for s in result.skipped]
    return reason


def _fixable(results, unsafe: bool):
    """Each file's document with the fixes to apply, once per file; the documents whose fixes cannot go back to
    their file are said on standard error."""
    from audit.fixes import applicable, fixable_file

    seen: set[str] = set()
    refused: dict[tuple[str, str], list[int]] = {}  # (file, reason) -> [fixes, documents]: one line per file
    for result in results:
        fixes = applicable(result.proposed, unsafe)
        doc = result.document
        if not fixes or (doc.path and os.path.realpath(doc.path) in seen):
            continue
        reason = fixable_file(doc)
        if reason is not None:
            counts = refused.setdefault((doc.path or doc.id, reason), [0, 0])
            counts[0] += len(fixes)
            counts[1] += 1
            continue
        seen.add(os.path.realpath(doc.path))
        yield doc, fixes
    for (where, reason), (fixes, documents) in refused.items():
        of = f" of {_plural(documents, 'document')}" if documents > 1 else ""
        typer.echo(f"audit: warning: {where}: {_plural(fixes, 'fix')}{of} not applied: {reason}", err=True)


def _show_diff(results, unsafe: bool) -> bool:
    """Print the fixes of every file as a unified diff (`patch -p1` or `git apply` takes it); whether any."""
    from audit.fixes import apply, unified_diff

    shown = False
    for doc, fixes in _fixable(results, unsafe):
        typer.echo(unified_diff(doc.text, apply(doc.text, fixes), doc.path), nl=False)
        shown = True
    return shown


def _fix(results, unsafe: bool) -> bool:
    """Write the fixes back to the files they can go to, saying what was fixed and what could not be; whether any
    file changed."""
    from audit.errors import InputError
    from audit.fixes import write_back

    changed = fixed = 0
    for doc, fixes in _fixable(results, unsafe):
        try:
            write_back(doc, fixes)
        except OSError as exc:
            raise InputError(f"{doc.path}: cannot write the fixes ({exc.strerror or exc})") from None
        changed += 1
        fixed += len(fixes)
    if changed:
        typer.echo(f"audit: {_plural(fixed, 'fix')} applied to {_plural(changed, 'file')}", err=True)
    return bool(changed)


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 'es' if noun.endswith('x') else 's'}"


@app.command("config")
def show_config(config_file: ConfigFile = None) -> None:
    """Print the effective configuration (the file's settings over the defaults) as TOML."""
    from audit.errors import InputError

    try:
        typer.echo(_config(config_file).to_toml(), nl=False)
    except InputError as exc:
        raise fail(str(exc)) from None


baseline_app = typer.Typer(
    help="Record today's findings so that later runs report only new ones.", no_args_is_help=True
)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
def baseline_create(
    inputs: Inputs,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help="The baseline file to write (atomically).")
    ] = Path("audit-baseline.json"),
    target_lang: TargetLang = None,
    source_lang: SourceLang = None,
    only: Only = None,
    skip: Skip = None,
    source: Sources = None,
    backtranslate: Backtranslate = None,
    cache: Cache = None,
    quiet: Quiet = False,
    config_file: ConfigFile = None,
) -> None:
    """Audit the inputs as `audit check` does and record every finding's fingerprint in a baseline file."""
    from audit import baseline as baselines
    from audit.errors import InputError
    from audit.overwrite import refuse_overwrites

    try:
        config = _config(
            config_file,
            target_lang=target_lang,
            source_lang=source_lang,
            checks=_ids(only, "--check"),
            disable=_ids(skip, "--skip"),
            backtranslate=backtranslate,
        )
        refuse_overwrites([output], inputs, source, None, config.origin)
        audited = _audit(inputs, config, source, False, cache, quiet, ReportPaths.of([output], None))
        count = baselines.write(output, audited.results, config.root)
    except InputError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{output}: cannot write the baseline ({exc.strerror or exc})") from None
    unread = f" ({_plural(len(audited.errors), 'input')} could not be read)" if audited.errors else ""
    typer.echo(f"audit: baseline of {count} findings written to {output}{unread}", err=True)
    if audited.errors:
        raise typer.Exit(2)


STDOUT = Path("-")


def _targets(formats: list[str], outputs: list[Path], report_dir: Path | None) -> list[Path]:
    """Where each format's report goes (`-`: standard output), checked before anything is written."""
    import os

    from audit.errors import InputError
    from audit.reports import suffix

    if outputs and report_dir is not None:
        raise InputError("give either -o FILE for each format or --report-dir, not both")
    if outputs and len(outputs) != len(formats):
        given = f"{_plural(len(formats), 'format')}, {_plural(len(outputs), 'output')}"
        raise InputError(f"give one -o FILE per --format ({given})")
    if report_dir is not None:
        try:
            report_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{report_dir}: cannot make the report folder ({exc.strerror or exc})") from None
    targets = outputs or ([report_dir / f"audit-report{suffix(name)}" for name in formats] if report_dir else [STDOUT])
    if len(formats) > 1 and targets == [STDOUT]:
        raise InputError("several formats need -o FILE for each, or --report-dir")
    files = [os.path.realpath(t) for t in targets if t != STDOUT]
    if len(set(files)) < len(files) or targets.count(STDOUT) > 1:
        raise InputError("two reports would go to the same place: give each format its own -o FILE")
    return targets


def _report(results, formats: list[str], targets: list[Path], options, colour: bool | None) -> None:
    """Render each asked format once and write it to its file or to standard output."""
    from contextlib import nullcontext

    from audit.atomic import write_text_atomic
    from audit.errors import InputError
    from audit.guarded_output import unguarded
    from audit.reports import render
    from audit.reports.text_report import summary_line

    for name, target in zip(formats, targets, strict=True):
        if target == STDOUT:
            use_colour = colour_wanted(colour, sys.stdout)
            shown = dataclasses.replace(options, colour=use_colour, width=terminal_width(sys.stdout))
            with unguarded(sys.stdout) if name == "github" else nullcontext():  # its lines are commands by design
                typer.echo(render(name, results, shown), nl=False, color=use_colour)
            continue
        try:
            write_text_atomic(target, render(name, results, options))
        except OSError as exc:
            raise InputError(f"{target}: cannot write the report ({exc.strerror or exc})") from None
    written = [str(t) for t in targets if t != STDOUT]
    if written:
        typer.echo(summary_line(results, options.errors) + f"; reports written: {', '.join(written)}", err=True)


def colour_wanted(flag: bool | None, stream) -> bool:
    """Whether to colour: --color or --no-color, else NO_COLOR (set and not empty: never), else FORCE_COLOR (set
    and not empty, 0 or false: always, through a pipe too), else whether the stream is a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "").strip().lower() not in ("", "0", "false"):
        return True
    return stream.isatty()


def terminal_width(stream) -> int | None:
    """The columns the text report fits in: COLUMNS when set, else the terminal's width; None (no limit) through a
    pipe."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns if stream.isatty() else None
    except (OSError, ValueError, AttributeError):
        return None


@app.command("checks")
def list_checks() -> None:
    """List the checks with their ids and what they find."""
    from audit.checks import CHECKS

    for check in CHECKS:
        typer.echo(f"{check.id:<20} {check.summary}")


@app.command("explain")
def explain(
    check_id: Annotated[str, typer.Argument(metavar="ID", help="The check's id, as `audit checks` lists them.")],
) -> None:
    """What a check finds, why it matters, its options and its examples."""
    from audit.checks import get
    from audit.checks.explain import explanation
    from audit.errors import InputError

    try:
        typer.echo(explanation(get(check_id)), nl=False)
    except InputError as exc:
        raise fail(str(exc)) from None


for _app in (app, models_app, cache_app, baseline_app):  # every command's help as _Command writes it
    for _registered in _app.registered_commands:
        if _registered.cls in (None, TyperCommand):
            _registered.cls = _Command


def main() -> None:
    gc.set_threshold(GC_ALLOCATIONS)
    try:
        app(prog_name="audit")
    except BrokenPipeError:  # `audit check ... | head`: the reader has gone, nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        sys.exit(2)
    except OSError as exc:  # an output that cannot be written (a full disk, /dev/full)
        typer.echo(f"audit: error: {exc.filename or 'output'}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    finally:  # the exit frees what the run left, without the interpreter's last collections walking all of it
        gc.freeze()
