"""zhicheng: checks the evidence of a Chongqing professional-title application.

The command line (``zhicheng.cli``) is a thin shell over the libraries: ``rules`` (the
rule catalog and the evaluator) and, for reading evidence, ``extractor`` and
``classifiers``.  This package is the only one that imports all of them.
"""

__version__ = "0.1.0"
