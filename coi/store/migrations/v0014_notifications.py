"""Schema version 14: e-mail notifications (issue 14, item 6; coi.decisions.notify). Released: never
edit; add the next version instead.

- ``members.email``: the roster's optional ``email`` column, where a member's notifications go.
- ``notifications``: every e-mail coi tried to send — its kind (``new prompts``, ``reminder``,
  ``staff digest``), to whom (``audience``: the member id, or the staff address), the address,
  the subject (never a party's name unless the setting allows a non-confidential one), what it
  covered (``items``, JSON), and how it ended: ``sending`` (claimed, being sent — left so only
  if the process stopped mid-send, and then never sent again: at most once), ``sent`` or
  ``failed`` (with the error). Rows are never deleted.
- ``notification_items``: what has been notified, one row per (audience, item): a prompt
  announced to its member (``prompt:<key>``), a meeting reminded (``reminder:<date>``), an
  item of the staff digest (``unsure:<decision id>``, ``overdue:<prompt key>@<date>``). The
  primary key is what makes sending idempotent: an item is claimed in the same transaction
  as its notification, before the e-mail is sent, so two runs at once cannot both send it; a
  failed e-mail gives its claims back, to be tried again at the next run.
"""

SCRIPT = """
ALTER TABLE members ADD COLUMN email TEXT;
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('new prompts', 'reminder', 'staff digest')),
    audience    TEXT NOT NULL,
    member_id   TEXT REFERENCES members (member_id),
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    items       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    error       TEXT,
    created_at  TEXT NOT NULL,
    finished_at TEXT,
    actor       TEXT NOT NULL
);
CREATE TABLE notification_items (
    audience        TEXT NOT NULL,
    item            TEXT NOT NULL,
    notification_id INTEGER NOT NULL REFERENCES notifications (id),
    PRIMARY KEY (audience, item)
);
CREATE INDEX notification_items_by_notification ON notification_items (notification_id);
CREATE TRIGGER notifications_no_delete BEFORE DELETE ON notifications
BEGIN
    SELECT RAISE(ABORT, 'notifications are kept: a notification is never deleted');
END;
"""
