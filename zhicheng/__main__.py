"""``python -m zhicheng`` runs the command line."""

from zhicheng.cli import main

main()
