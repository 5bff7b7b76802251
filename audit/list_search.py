"""pysbd's search for lists ("a. ... b. ...", "(i) ... (ii) ...", "1) ... 2) ..."), left out of a line that cannot hold
one: the same sentences, less work.

pysbd's Processor first has its ListItemReplacer put line breaks between a list's items; on news text it changes
nothing, and its dozen searches were a quarter of pysbd's time. It changes a line only where one of them finds an item:
a lower-case letter after whitespace (or at the line's start) before a full stop; lower-case letters before a closing
bracket; a figure before a full stop then whitespace or a bracket, or before a closing bracket then whitespace; or
where the line already holds a mark it replaces (♨ ☝). A line without any of these is left as it is, without them.
"""

from __future__ import annotations

import re
from types import FunctionType
from typing import Any

import pysbd.processor
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.processor import Processor

# Each item ListItemReplacer's patterns look for, found at its full stop or bracket, as each is looked behind for.
_FULL_STOP_ITEM, _BRACKET_ITEM = r"(?<=[a-z]\.)(?<![^\s][a-z]\.)|(?<=\d\.)(?=[\s)])", r"(?<=[a-z]\))|(?<=\d\))(?=\s)"
# One class of the marks first, so that the engine skips to them (three alternatives, each opening with its own
# character, were tried at every character); a full stop alone is found faster still (memchr), hence the two apart.
MAY_HOLD_A_LIST = re.compile(f"[.)♨☝](?:{_FULL_STOP_ITEM}|{_BRACKET_ITEM}|(?<=[♨☝]))")
FULL_STOP_ITEMS, BRACKET_ITEMS = re.compile(f"\\.(?:{_FULL_STOP_ITEM})"), re.compile(f"\\)(?:{_BRACKET_ITEM})")


class _Prefiltered(ListItemReplacer):
    """A ListItemReplacer that returns a line no list item can be found in as it is."""

    def add_line_break(self) -> str:
        return super().add_line_break() if MAY_HOLD_A_LIST.search(self.text) else self.text


def prefiltered(language_module: Any) -> Any:
    """The pysbd language module with a Processor whose process is pysbd's own, run with _Prefiltered as its
    ListItemReplacer (the one name changed in its globals); the module itself when its Processor processes its own
    way (Slovak: its own list items)."""
    processor = getattr(language_module, "Processor", Processor)
    if processor.process is not Processor.process:
        return language_module
    code = Processor.process.__code__
    process = FunctionType(code, {**vars(pysbd.processor), "ListItemReplacer": _Prefiltered}, code.co_name)
    faster = type(processor.__name__, (processor,), {"process": process})
    return type(language_module.__name__, (language_module,), {"Processor": faster})
