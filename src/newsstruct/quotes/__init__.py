"""The quotes pass: quotations in the body and who said them.

Reads the body paragraphs. Adds quotation marks paired into quotes (:mod:`.marks`) and their
kinds (:mod:`.kinds`); the phrases of the attribution grammar around a quote (:mod:`.phrases`);
the people, organisations and groups the article names, with their mentions (:mod:`.people`,
with the name shapes of :mod:`.name_shapes`) and the attributes and evidence of each entity
(:mod:`.entities`); the sieves that link a speaker's mention to an entity (:mod:`.sieves`,
:mod:`.pronouns`); and each quote's speaker and cue (:mod:`.speakers`).

Imports :mod:`newsstruct.text` and the model.
"""
