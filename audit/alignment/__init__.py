"""Source and translation compared without a model: what survives translation (numbers, names, cognates,
punctuation), how long a translation should be, and sentence alignment built on both."""
