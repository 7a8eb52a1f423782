"""Schema version 17: which data each screening read. Released: never edit; add the next
version instead.

- ``screen_runs.data_version``: the data version (coi.store.database.Store.data_version: the
  latest import of a roster, disclosures or docket) of the snapshot a run screened, so that a
  report knows whether the roster, the disclosures or the docket changed after the screening
  it stands on (helper-143's review: ``coi import`` of a corrected docket, then ``coi report``,
  printed the old screening's prompts without a word). NULL for runs made before this
  version: their finished_at is compared with the imports' times instead.
"""

SCRIPT = """
ALTER TABLE screen_runs ADD COLUMN data_version INTEGER;
"""
