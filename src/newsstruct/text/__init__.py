"""Text primitives: what every pass reads before it decides anything.

Reads the caller's string only. Adds blocks and lines with their offsets (:mod:`.blocks`),
the shape of a line or word (:mod:`.shape`), word tokens (:mod:`.tokens`) and sentence
bounds (:mod:`.sentences`), the words an article writes in lower case (:mod:`.lower_words`),
name-shaped words (:mod:`.names`), answers about a line remembered for the text being
parsed (:mod:`.memo`), and the word lists and tables of ``newsstruct/data``
(:mod:`.lexicon`, the one loader every pass reads them through).

Imports nothing else of newsstruct.
"""
