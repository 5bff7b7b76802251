"""Words of many languages: how frequent a word is in each (compiled from wordfreq), the scripts languages are
written in, and the foreign words each target language's news uses as its own; what untranslated-word reads."""
