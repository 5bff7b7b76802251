"""The patterns of web addresses and e-mail addresses, where no word or mark of prose is judged or fixed.

An e-mail starts where a run of its characters starts: tried inside the run as well, a run without "@" would be
rescanned from each of its characters (quadratic on a line with no spaces). Neither pattern crosses a line.
"""

from __future__ import annotations

URL = r"(?:https?://|www\.)\S+"
EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
