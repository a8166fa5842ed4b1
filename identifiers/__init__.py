"""Identifiers printed on evidence, one module each in the python-stdnum shape.

Each module has ``compact``, ``validate`` (raises a ``stdnum.exceptions.ValidationError``
subclass), ``is_valid`` and ``format``.  ISBN and ISSN come from python-stdnum itself;
the Chinese identifiers it does not know live here.  This package depends on nothing
but python-stdnum, so both ``rules`` and ``extractor`` may use it.
"""
