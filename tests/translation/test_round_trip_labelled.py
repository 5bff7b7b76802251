"""Reference mode on real MT defects: the LIG French-English post-edition corpus (../shared/data).

The published translation is the corpus's Moses output; the fresh translation of the French source is
Google Translate's output for the same line (a real, independent MT system standing in for our model, which
cannot be downloaded here); the label is how much a human post-editor changed the Moses line (HTER against the
post-edit). A line is a mistranslation when HTER >= 0.5 and clean when HTER <= 0.2; lines in between are left
out of the counts. Lines are grouped twenty to a document, as in a feed.
"""

from __future__ import annotations

from sacrebleu.metrics import TER

from audit.checks.round_trip import CHECK as round_trip
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from audit.segmentation import split_sentences
from tests.labelled import precision_recall
from tests.translation.test_round_trip_check import TableService

LINES = 1200  # of 10,881: enough for stable figures, fast enough for every test run
PER_DOCUMENT = 20
BAD, CLEAN = 0.5, 0.2


def _single_sentence(text: str, lang: str) -> bool:
    return bool(text.strip()) and len(split_sentences(text, 0, len(text), lang)) == 1


def test_reference_mode_finds_the_lines_post_editors_rewrote(shared_data):
    folder = shared_data / "lig-fren-postedit"
    names = ("src-ref-all.fr", "tgt-mt-all.en", "tgt-pe-all.en", "output_Google_Translator.en")
    source, moses, edited, google = ((folder / name).read_text("utf-8").splitlines()[:LINES] for name in names)
    ter = TER(normalized=True)
    rows = [
        (s, m, g.lower(), ter.sentence_score(m, [p]).score / 100)
        for s, m, p, g in zip(source, moses, edited, google, strict=True)
        if _single_sentence(s, "fr") and _single_sentence(m, "en")
    ]
    service = TableService({s: g for s, _, g, _ in rows})
    found = expected = hits = clean_flagged = clean = 0
    for start in range(0, len(rows), PER_DOCUMENT):
        chunk = rows[start : start + PER_DOCUMENT]
        doc = Document(id=f"lig-{start}", text="\n".join(m for _, m, _, _ in chunk))
        ctx = RunContext(target_lang="en", source_lang="fr", translation_service=service)
        ctx.sources = [Document(id="src", text="\n".join(s for s, _, _, _ in chunk), lang_hint="fr")]
        (result,) = run_checks([doc], ctx, [round_trip])
        line_starts = [0]
        for _, m, _, _ in chunk[:-1]:
            line_starts.append(line_starts[-1] + len(m) + 1)
        flagged = {
            max(i for i, s in enumerate(line_starts) if s <= f.start)
            for f in result.findings
            if f.category == round_trip.category and f.severity.rank >= 2
        }
        for index, (_, _, _, hter) in enumerate(chunk):
            if hter >= BAD:
                expected += 1
                hits += index in flagged
                found += index in flagged
            elif hter <= CLEAN:
                clean += 1
                clean_flagged += index in flagged
                found += index in flagged
    precision, recall = precision_recall(hits, found, expected)
    prevalence = expected / (expected + clean)
    print(
        f"\nround-trip reference mode on LIG post-edits: {len(rows)} lines, {expected} rewritten (HTER >= {BAD}),"
        f" {clean} clean (HTER <= {CLEAN}); precision {precision:.2f} (chance {prevalence:.2f}),"
        f" recall {recall:.2f}, clean lines flagged {clean_flagged / clean:.3f}"
    )
    assert expected >= 50 and clean >= 100
    # MT against MT is a weak signal for post-editing effort: only gross divergences are flagged, rarely wrongly.
    assert precision >= 3 * prevalence
    assert recall >= 0.05
    assert clean_flagged / clean <= 0.02
