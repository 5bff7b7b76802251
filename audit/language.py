"""Language identification with langdetect, seeded so that every run gives the same answer."""

from __future__ import annotations

from functools import lru_cache

from audit.errors import InputError

SEED = 0
NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian", "pa": "Punjabi",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "so": "Somali", "sq": "Albanian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "zh-cn": "Chinese (simplified)", "zh-tw": "Chinese (traditional)",
}  # fmt: skip


def name(code: str | None) -> str:
    return NAMES.get(code or "", code or "unknown")


def validate(code: str | None) -> str | None:
    """The language code normalised, or an InputError naming the supported codes."""
    if code is None:
        return None
    normal = code.strip().lower().replace("_", "-")
    if normal == "zh":
        normal = "zh-cn"
    if normal not in NAMES:
        raise InputError(f"unknown language {code!r}: use a code such as en, fr, de, es, uk, ru")
    return normal


@lru_cache(maxsize=1)
def _factory():
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = SEED
    detector_factory.init_factory()
    return detector_factory._factory


def probabilities(text: str) -> list[tuple[str, float]]:
    """Languages of the text with their probabilities, best first; empty when nothing can be judged."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text)
    try:
        return [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
    except LangDetectException:
        return []


def detect(text: str) -> tuple[str | None, float]:
    """The most probable language and its probability, or (None, 0.0)."""
    ranked = probabilities(text)
    return ranked[0] if ranked else (None, 0.0)
