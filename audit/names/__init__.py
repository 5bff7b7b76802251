"""Names in translated news: the gazetteer, romanization conventions, spotting and convention signals."""
