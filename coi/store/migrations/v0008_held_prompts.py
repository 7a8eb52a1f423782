"""Schema version 8: why a screening ran, and prompts held for staff after a member's own
disclosure edit (issue 11, items 2 and 3). Released: never edit; add the next version instead.

- ``screen_runs.cause``: ``member edit`` (a member's own disclosure edit; ``cause_member_id``
  says whose) or what staff or the command line ran (``rescreen``).
- ``prompts.shown``: what the prompt's member is shown of it — ``open``, ``withdrawn``, or
  NULL (nothing: never shown). It follows ``status`` except while a member's own edit has
  changed a prompt on a confidential party and staff have not reviewed it (the member keeps
  seeing it as it was, so that an edit is no oracle of who a confidential party is).
- ``prompts.review_since``: a member's own edit opened (on a confidential party) or withdrew
  this prompt, and staff have not reviewed it yet; staff release it (coi.decisions.views).
- ``prompts.edit_withdrawn_by`` / ``edit_withdrawn_at``: the account whose own disclosure
  edit withdrew the prompt, and when (cleared when the prompt is raised again).
"""

SCRIPT = """
ALTER TABLE screen_runs ADD COLUMN cause TEXT NOT NULL DEFAULT 'rescreen';
ALTER TABLE screen_runs ADD COLUMN cause_member_id TEXT;
ALTER TABLE prompts ADD COLUMN shown TEXT CHECK (shown IS NULL OR shown IN ('open', 'withdrawn'));
ALTER TABLE prompts ADD COLUMN review_since TEXT;
ALTER TABLE prompts ADD COLUMN edit_withdrawn_by TEXT;
ALTER TABLE prompts ADD COLUMN edit_withdrawn_at TEXT;
UPDATE prompts SET shown = status;
CREATE INDEX prompts_under_review ON prompts (review_since) WHERE review_since IS NOT NULL;
"""
