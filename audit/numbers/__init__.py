"""Numbers of a text read by value, and the numbers of a source and its translation compared.

A figure is read whatever the locale writes (1 000,5 / 1,000.5 / 1.000,5, digits of any script), in words
(three, deux cents, 两千: by text2num, number-parser and cn2an), with its scale (1,5 million, 1.5万), as a date
(12 mars / March 12), a time (14h30 / 2:30 p.m.) or with its unit (20 % / 20 per cent). What each language
writes around its figures is data: audit/data/numbers/<lang>.toml.
"""
