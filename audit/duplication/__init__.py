"""Shared machinery of the duplication checks: word tokens, attribution clauses, repeated sentences."""


def clear_caches() -> None:
    """Forget the words, marks and repeats found for the texts read last (a benchmark times each check alone)."""
    from audit.duplication import attributions, sentences, tokens

    tokens.forget()
    attributions.forget()
    sentences.forget()
