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
    return CHRF(), BLEU(effective_order=sentence_level, **_bleu_options(lang)), TER(asian_support=asian)


def sentence_scores(hypothesis: str, reference: str, lang: str | None = None) -> SentenceScores:
    """chrF, BLEU (effective order) and TER of one hypothesis against one reference, in `lang`."""
    chrf, bleu, ter = _metrics(lang, True)
    return SentenceScores(
        chrf.sentence_score(hypothesis, [reference]).score,
        bleu.sentence_score(hypothesis, [reference]).score,
        ter.sentence_score(hypothesis, [reference]).score,
    )


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str], lang: str | None = None) -> dict:
    """Corpus chrF, BLEU and TER of a document, each with its sacrebleu signature (score None: no sentence)."""
    scores = {}
    for name, metric in zip(("chrf", "bleu", "ter"), _metrics(lang, False), strict=True):
        score = round(metric.corpus_score(list(hypotheses), [list(references)]).score, 2) if hypotheses else None
        scores[name] = {"score": score, "signature": str(metric.get_signature())}
    return scores
