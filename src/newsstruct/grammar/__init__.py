"""Line grammars: what one line says, read from its words alone, without the page around it.

Reads a span of the text. Adds a byline's names, agency and stamp (:mod:`.byline`, with the
word tests of :mod:`.byline_words`), a dateline's place, date and agency (:mod:`.dateline`)
and a publication stamp (:mod:`.timestamps`). Here the language itself is the rule, so these
stay hand-written grammars; the page and header passes ask them about candidate lines.

Imports only :mod:`newsstruct.text`.
"""
