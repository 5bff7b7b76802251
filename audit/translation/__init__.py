"""Machine translation for the round trip: argos packages run through CTranslate2, with a translation cache.

Nothing here imports argostranslate, ctranslate2 or sentencepiece at module level.
"""
