"""Symbolic links in a walked folder: one that leads out of the folder is not followed, as git and ruff do not,
so that a walk reads only what the folder holds; each such link is named in a note."""

from __future__ import annotations

import os
from pathlib import Path

from audit.errors import InputFailure


class OutsideLinks:
    """Tells the links of a walk that lead out of its folder, and keeps a note for each."""

    def __init__(self, directory: Path):
        self._root = Path(os.path.realpath(directory))
        self.notes: list[InputFailure] = []

    def leaves(self, path: Path) -> bool:
        """Whether the path is a symbolic link whose target lies outside the walked folder (noted when so)."""
        if not path.is_symlink():
            return False
        target = Path(os.path.realpath(path))
        if target.is_relative_to(self._root):
            return False
        self.notes.append(InputFailure(str(path), f"a symbolic link out of the walked folder (to {target}): skipped"))
        return True
