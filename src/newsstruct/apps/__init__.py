"""Applications on top of :func:`newsstruct.parse`: the command line (:mod:`.cli`), batches
of files and JSON lines over worker processes (:mod:`.batch`), Dask clusters
(:mod:`.cluster`) and an HTML picture of a parse (:mod:`.render`).

Nothing in the parsing passes imports these.
"""
