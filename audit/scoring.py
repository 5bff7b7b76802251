"""sacrebleu scores: per sentence (chrF, BLEU with effective order, TER) and per document with signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_CHARACTER_TOKENIZED = {"ja", "ko", "th"}  # no word spaces; sacrebleu's mecab tokenizer is an extra install


@dataclass(frozen=True)
class SentenceScores:
    chrf: float
    bleu: float
    ter: float

    def to_dict(self) -> dict[str, float]:
        return {"chrf": round(self.chrf, 2), "bleu": round(self.bleu, 2), "ter": round(self.ter, 2)}


def _bleu_options(lang: str | None) -> dict[str, object]:
    if lang in _CHARACTER_TOKENIZED:
        return {"tokenize": "char"}
    if lang and lang.startswith("zh"):
        return {"tokenize": "zh"}
    return {}


@lru_cache(maxsize=16)
def _metrics(lang: str | None, sentence_level: bool):
    from sacrebleu.metrics import BLEU, CHRF, TER

    asian = lang in _CHARACTER_TOKENIZED or bool(lang and lang.startswith("zh"))
    metrics = CHRF(), BLEU(effective_order=sentence_level, **_bleu_options(lang)), TER(asian_support=asian)
    for metric in metrics:  # sacrebleu learns the number of references (one, always) from a first evaluation
        metric.corpus_score([""], [[""]])
    return metrics


def document_scores(
    hypotheses: Sequence[str], references: Sequence[str], lang: str | None = None
) -> tuple[list[SentenceScores], dict]:
    """Each sentence's scores, and the document's corpus chrF, BLEU and TER with their sacrebleu signatures
    (score None: no sentence). Corpus BLEU and TER are computed from the sentences' own statistics, as sacrebleu
    computes them, so that each sentence is scored once."""
    chrf, bleu, ter = _metrics(lang, True)
    corpus_chrf, corpus_bleu, corpus_ter = _metrics(lang, False)
    scores: list[SentenceScores] = []
    counts, totals, lengths, edits = [0] * 4, [0] * 4, [0, 0], [0, 0]
    for hypothesis, reference in zip(hypotheses, references, strict=True):
        b, t = bleu.sentence_score(hypothesis, [reference]), ter.sentence_score(hypothesis, [reference])
        scores.append(SentenceScores(chrf.sentence_score(hypothesis, [reference]).score, b.score, t.score))
        counts = [a + c for a, c in zip(counts, b.counts, strict=True)]
        totals = [a + c for a, c in zip(totals, b.totals, strict=True)]
        lengths = [lengths[0] + b.sys_len, lengths[1] + b.ref_len]
        edits = [edits[0] + t.num_edits, edits[1] + t.ref_length]
    corpus = {"chrf": None, "bleu": None, "ter": None}
    if scores:
        corpus["chrf"] = corpus_chrf.corpus_score(list(hypotheses), [list(references)]).score
        corpus["bleu"] = corpus_bleu.compute_bleu(
            counts, totals, *lengths, smooth_method=corpus_bleu.smooth_method, smooth_value=corpus_bleu.smooth_value,
            max_ngram_order=corpus_bleu.max_ngram_order,
        ).score  # fmt: skip
        corpus["ter"] = 100 * (edits[0] / edits[1] if edits[1] else float(edits[0] > 0))
    signatures = {"chrf": corpus_chrf, "bleu": corpus_bleu, "ter": corpus_ter}
    return scores, {
        name: {"score": None if value is None else round(value, 2), "signature": str(signatures[name].get_signature())}
        for name, value in corpus.items()
    }
