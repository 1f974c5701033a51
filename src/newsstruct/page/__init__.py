"""The page pass: what each block of a scraped page is, before the header is read.

Reads the blocks of :mod:`newsstruct.text`. Adds a measure of every block (words, capitals,
sentence shape, repeats, whether it reads alone as a byline or dateline: :mod:`.measure`),
page furniture and its kind (:mod:`.boilerplate`), the run of prose that is the article's
body (:mod:`.body`), and the zones that label stretches of text (:mod:`.zone`).

Imports :mod:`newsstruct.text`, :mod:`newsstruct.grammar` and the model's labels.
"""
