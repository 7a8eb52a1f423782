"""``python -m coi`` is the ``coi`` command."""

from coi.cli import run

run()
