"""`python -m collabagree`."""

from collabagree.cli import main

main()
