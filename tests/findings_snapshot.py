"""Large feeds' findings kept as compact snapshots, so that a change meant to make the audit faster (or any change)
shows every finding it adds, loses or alters. A snapshot is gzipped JSON Lines, one line per document: its id and
its findings as [check, severity, start, end, message, suggestion, confidence, fix].

    python -m tests.findings_snapshot          # writes the snapshots again, after a change meant to alter findings
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.generated_feed import write_feed
from tests.paths import ROOT, SHARED_DATA
from tests.wmt14 import article_sizes, translations

SNAPSHOTS = ROOT / "tests" / "expected" / "findings"
WMT = SHARED_DATA / "wmt14-fren"


def generated(path: Path) -> Path:
    """200 articles of the project's own paragraphs with defects spread through them (no shared data needed)."""
    return write_feed(path, 200)


def wmt14(path: Path) -> Path:
    """The reference and the eight systems, article by article: 1,584 documents (the names checks across them)."""
    return _articles(path, {name: (translation, None) for name, translation in translations(WMT).items()})


def wmt14_source(path: Path) -> Path:
    """The reference's first 88 articles with their French source: the checks against the source (one translation
    only: several of one source in a feed are each other's inconsistent translations)."""
    return _articles(path, {"reference": (WMT / "newstest2014-fren-ref.en", WMT / "newstest2014-fren-src.fr")}, 88)


def _articles(
    path: Path, texts: dict[str, tuple[Path, Path | None]], count: int | None = None, lang: str = "en"
) -> Path:
    """Each text's first `count` articles (all by default) as JSON Lines records in `lang`, with their French
    source where one is given."""
    sizes = article_sizes(WMT)[:count]
    with path.open("w", encoding="utf-8") as out:
        for name, (translation, source) in texts.items():
            target, start = translation.read_text("utf-8").splitlines(), 0
            original = source.read_text("utf-8").splitlines() if source else None
            for index, size in enumerate(sizes):
                record = {
                    "id": f"{name}/{index}",
                    "text": "\n\n".join(target[start : start + size]),
                    "target_lang": lang,
                }
                if original:
                    record |= {"source": "\n\n".join(original[start : start + size]), "source_lang": "fr"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                start += size
    return path


def french(path: Path) -> Path:
    """The French source as a French text, article by article: 176 documents of a target other than English."""
    return _articles(path, {"fr": (WMT / "newstest2014-fren-src.fr", None)}, lang="fr")


FEEDS: dict[str, tuple[Callable[[Path], Path], bool]] = {  # name: (maker, needs the shared data)
    "generated": (generated, False),
    "wmt14": (wmt14, True),
    "wmt14-source": (wmt14_source, True),
    "wmt14-french": (french, True),
}


def findings(name: str, folder: Path) -> list[list]:
    """The feed's findings by document, from a serial run of the command without models, as snapshot lines."""
    make, _ = FEEDS[name]
    feed, report = make(folder / f"{name}.jsonl"), folder / f"{name}.json"
    command = [sys.executable, "-m", "audit", "check", str(feed), "--no-backtranslate", "-j", "1", "--fail-on", "never"]
    env = {**os.environ, "AUDIT_CACHE_DIR": str(folder / "cache")}
    completed = subprocess.run([*command, "-q", "-f", "json", "-o", str(report)], capture_output=True, env=env)
    if completed.returncode:
        raise RuntimeError(completed.stderr.decode("utf-8", "replace"))
    documents = json.loads(report.read_text("utf-8"))["documents"]
    return [[doc["id"], [_compact(finding) for finding in doc["findings"]]] for doc in documents]


def _compact(finding: dict) -> list:
    span, fix = finding["span"], finding["fix"]
    edits = fix and [
        fix["applicability"],
        *([edit["start"], edit["end"], edit["replacement"]] for edit in fix["edits"]),
    ]
    where = [finding["check"], finding["severity"], span["start"], span["end"]]
    return [*where, finding["message"], finding["suggestion"], finding["confidence"], edits]


def read(name: str) -> list[list]:
    with gzip.open(SNAPSHOTS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def write(name: str, documents: list[list]) -> None:
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same findings make the same bytes, so an unchanged snapshot is no change to commit
    with gzip.GzipFile(SNAPSHOTS / f"{name}.jsonl.gz", "wb", mtime=0) as out:
        out.write("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in documents).encode("utf-8"))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, (_, shared) in FEEDS.items():
            if shared and not WMT.is_dir():
                print(f"{name}: skipped, {WMT} is absent")
                continue
            documents = findings(name, Path(folder))
            write(name, documents)
            print(f"{name}: {len(documents)} documents, {sum(len(f) for _, f in documents)} findings")


if __name__ == "__main__":
    main()
