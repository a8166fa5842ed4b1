"""Pure-text field parsers: strings in, contract normal forms (CONTRACT §5) out.

Nothing here reads files, runs OCR or loads models: each module is a handful of plain
functions over OCR'd or text-layer text, fast enough to run on every line of every page.
They share one attitude: a parser that is not sure returns ``None`` (or raises a typed
error), because a wrong value silently fed to the rules is worse than a missing one.

- ``numerals``: Chinese numerals (小写, 大写, digit-by-digit years) to ``int``.
- ``dates``: dates in every form certificates print, labelled or not.
- ``amounts``: money in 万元 and word counts in 万字.
- ``people``: lists of names, and rank phrases such as 第一完成人.
- ``names``: finding the applicant in such a list, tolerant of one OCR-garbled character.
- ``levels``: national / provincial / municipal / enterprise from an issuer or award name.

Identifiers (patent, CN, software registration, standard numbers) live in ``identifiers``.
"""
