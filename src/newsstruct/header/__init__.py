"""The header pass: headline, deck, byline and authors, dateline and stamp; credits at the tail.

Reads the page pass's blocks, measures and body run. Adds, around the top of the body, the
header window and each block's role (:mod:`.window`, :mod:`.roles`), the furniture that is
no headline (:mod:`.furniture`), the headline pick (:mod:`.scoring`) and the trimming of its
line (:mod:`.trimming`, :mod:`.headline_cuts`), all gathered by :mod:`.headline`; the authors
named by bylines and author boxes (:mod:`.authorship`); and, at the end of the body, the
credit lines and their contributors (:mod:`.credits`).

Imports :mod:`newsstruct.text`, :mod:`newsstruct.grammar`, :mod:`newsstruct.page` and the model.
"""
