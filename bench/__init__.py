"""coi's benchmarks: ``python -m bench`` (``make bench``) measures matching quality and
screening speed, prints a table and writes it under ``bench/results/``.

Each benchmark is a function returning :class:`Figure` s; every figure carries the
command that reproduces it, so a number in a note can always be re-measured.
"""
