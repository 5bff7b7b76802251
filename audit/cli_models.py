"""`audit models` (translation packages for the round trip) and `audit cache` (the translation cache).

Annotations are objects, not strings, as in audit.cli: typer reads them at each start.
"""

import os
from pathlib import Path
from typing import Annotated

import typer

models_app = typer.Typer(help="Translation packages for the round trip: list, install, remove.", no_args_is_help=True)
cache_app = typer.Typer(help="The translation cache: size and entries, or clear it.", no_args_is_help=True)

_CACHE_OPTION = typer.Option(
    "--cache", metavar="FILE", help="Cache file (default: $AUDIT_CACHE_DIR or the user cache folder)."
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"audit: error: {message}", err=True)
    return typer.Exit(2)


def _language(code: str) -> str:
    """An argos language code: letters only, as argos package names use them (en, fr, zt, pb)."""
    from audit.errors import InputError

    normal = code.strip().lower()
    if not normal.isalpha() or not 2 <= len(normal) <= 3:
        raise InputError(f"not a language code: {code!r} (use two or three letters such as en, fr, de)")
    return normal


@models_app.command("list")
def list_models(
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch the package index again first.")] = False,
) -> None:
    """Installed packages, then the packages the argos index offers, with their versions."""
    from audit.errors import InputError
    from audit.translation import index, packages

    try:
        packages.require_extra("audit models")
    except InputError as exc:
        raise _fail(str(exc)) from None
    installed = packages.installed()
    typer.echo(f"installed ({packages.packages_dir()}):")
    for package in installed:
        typer.echo(f"  {package.direction:<10} {package.version:<8} {package.path.name}")
    if not installed:
        typer.echo("  none")
    available = None
    try:
        available = index.fetch() if refresh else (index.cached() or index.fetch())
    except InputError as exc:
        typer.echo(f"audit: {exc}", err=True)
    if available is not None:
        mark = {(p.from_code, p.to_code, p.version) for p in installed}
        typer.echo(f"available ({index.index_url()}):")
        for item in sorted(available, key=lambda p: (p.from_code, p.to_code)):
            note = "  (installed)" if (item.from_code, item.to_code, item.version) in mark else ""
            typer.echo(f"  {item.direction:<10} {item.version:<8}{note}")


@models_app.command("install")
def install(
    what: Annotated[
        list[str],
        typer.Argument(
            metavar="LANG LANG | FILE...",
            help="Two language codes (both directions, through English if needed) or .argosmodel files.",
        ),
    ],
) -> None:
    """Install packages from the argos index (`install fr en`) or from .argosmodel files."""
    from audit.errors import InputError
    from audit.translation import index, packages

    try:
        packages.require_extra("audit models")
        files = [Path(item) for item in what if item.endswith(".argosmodel") or "/" in item or os.sep in item]
        if files:
            if len(files) != len(what):
                raise InputError("give either package files or two language codes, not both")
            for path in files:
                _installed(packages.install_file(path))
            return
        if len(what) != 2:
            raise InputError("give two language codes (audit models install fr en) or package files")
        first, second = (_language(code) for code in what)
        if first == second:
            raise InputError("the two languages are the same")
        wanted = _directions(index.fetch(), first, second)
        installed = packages.installed()
        import tempfile

        with tempfile.TemporaryDirectory(prefix="audit-download-") as scratch:
            for item in wanted:
                current = packages.best(installed, item.from_code, item.to_code)
                if current and packages.version_key(current.version) >= packages.version_key(item.version):
                    typer.echo(f"already installed {current.direction} {current.version} ({current.path})")
                    continue
                typer.echo(f"downloading {item.direction} {item.version}…", err=True)
                _installed(packages.install_file(index.download(item, Path(scratch))))
    except InputError as exc:
        raise _fail(str(exc)) from None


def _installed(package) -> None:
    typer.echo(f"installed {package.direction} {package.version} ({package.path})")


def _directions(available, first: str, second: str) -> list:
    """Index packages for both directions between two languages, through English when there is no direct one."""
    from audit.errors import InputError
    from audit.translation.packages import version_key
    from audit.translation.pivot import PIVOT

    def newest(a: str, b: str):
        offered = (p for p in available if p.from_code == a and p.to_code == b)
        return max(offered, key=lambda p: version_key(p.version), default=None)

    wanted = []
    for a, b in ((first, second), (second, first)):
        direct = newest(a, b)
        legs = [direct] if direct else [newest(a, PIVOT), newest(PIVOT, b)] if PIVOT not in (a, b) else [None]
        if None in legs:
            raise InputError(f"the package index offers no {a}→{b} package (directly or through {PIVOT})")
        wanted.extend(leg for leg in legs if leg not in wanted)
    return wanted


@models_app.command("remove")
def remove(
    first: Annotated[str, typer.Argument(metavar="LANG", help="A language code.")],
    second: Annotated[str, typer.Argument(metavar="LANG", help="The other language code.")],
) -> None:
    """Remove the installed packages between two languages, both directions."""
    from audit.errors import InputError
    from audit.translation import packages

    try:
        packages.require_extra("audit models")
        pair = {_language(first), _language(second)}
        found = [p for p in packages.installed() if {p.from_code, p.to_code} == pair]
        if not found:
            raise InputError(f"no installed package between {first} and {second}")
        for package in found:
            packages.remove(package)
            typer.echo(f"removed {package.direction} {package.version}")
    except InputError as exc:
        raise _fail(str(exc)) from None


@cache_app.command("info")
def cache_info(cache: Annotated[Path | None, _CACHE_OPTION] = None) -> None:
    """Where the cache is, its size, and its entries per package and direction."""
    from audit.errors import InputError
    from audit.translation.cache import TranslationCache

    try:
        store = TranslationCache(cache)
        info = store.info()
        store.close()
    except InputError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"{info.path}: {info.entries} translations, {info.size / 1024:.0f} KiB")
    for key, count in info.by_package.items():
        typer.echo(f"  {key}: {count}")


@cache_app.command("clear")
def cache_clear(cache: Annotated[Path | None, _CACHE_OPTION] = None) -> None:
    """Delete every cached translation (a damaged cache file is removed)."""
    from audit.errors import InputError
    from audit.translation.cache import TranslationCache, default_path, is_database, remove_files

    try:
        store = TranslationCache(cache)
    except InputError as exc:
        path = cache or default_path()
        if not is_database(path):
            raise _fail(f"{path}: not a translation cache, left as it is ({exc})") from None
        remove_files(path)
        typer.echo(f"removed the damaged cache {path}")
        return
    count = store.clear()
    store.close()
    typer.echo(f"cleared {count} translations from {store.path}")
