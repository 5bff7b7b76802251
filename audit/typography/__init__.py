"""Punctuation and typography of a text: the marks it pairs (brackets, quotation marks), the spaces around them,
the end of its paragraphs, doubled marks, figures, and each language's conventions for all of these (data in
audit/data/typography/); what the punctuation and typography checks read."""
