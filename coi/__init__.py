"""coi: conflict-of-interest screening for the Illinois Law Enforcement Certification Review Panel."""

#: The release, as pyproject.toml says (coi --version reads the installed metadata first).
__version__ = "0.1.0"
