"""Names in translated news: the gazetteer, romanization conventions, spotting and convention signals."""

DOCUMENTS_CACHED = 8192  # documents whose names are kept: every names check of a feed this long reads them once
