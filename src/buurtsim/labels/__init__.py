"""The entries of the one translation table, by subject: ``{key: (Dutch, English)}``.

:mod:`buurtsim.i18n` merges them into :data:`buurtsim.i18n.LABELS` (and refuses a key defined
twice); read a label with :func:`buurtsim.i18n.t`, never from here.
"""
