"""One permission layer: every action of the library asks :func:`require` first, whoever
calls it — a dashboard page, a download made on click, or the command line (which acts as
a named system account, :func:`coi.decisions.accounts.system_account`).

``require`` re-reads the account from the database each time, so an account disabled,
removed, or whose member has left the roster loses its rights at its next action, not at
its next sign-in. The pages a menu lists are a convenience; this is the check.
"""

from __future__ import annotations

from enum import StrEnum

from coi.decisions.accounts import Account, Accounts, Role
from coi.errors import CoiError
from coi.store.database import Store


class Forbidden(CoiError, PermissionError):
    """The account may not see or do this; the message says so in plain words."""


class Permission(StrEnum):
    # a member's own work
    SEE_OWN_PROMPTS = "see their own prompts"
    ANSWER_OWN_PROMPTS = "answer their own prompts"
    EDIT_OWN_DISCLOSURES = "edit their own disclosures"
    SEE_OWN_PACKET = "download their own meeting packet"
    CHANGE_OWN_PASSWORD = "change their own password"
    SEE_MEETINGS = "see the meetings, their agendas and who voted"
    # staff work
    SEE_ALL_PROMPTS = "see every member's prompts"
    SEE_CONFIDENTIAL = "see confidential parties' identities"
    SEE_ALL_DISCLOSURES = "see every member's disclosures"
    EDIT_ALL_DISCLOSURES = "edit any member's disclosures"
    SEE_ROSTER = "see the roster"
    IMPORT_FILES = "import files"
    SCREEN = "screen the docket"
    RELEASE_HELD_PROMPTS = "review prompts held after a member's own edit"
    MANAGE_MEETINGS = "create meetings and agendas"
    RECORD_VOTES = "record motions and votes"
    SEE_MOTIONS = "see recusal motions and their votes"
    SEE_REPORTS = "download the pre-meeting report"
    SEE_AUDIT = "read the audit log"
    SEND_NOTIFICATIONS = "send the notification e-mails"  # issue 14, item 6 (coi.decisions.notify)
    # issue 14, items 3 and 7 (coi.decisions.threads, coi.decisions.judgements): advice on unsure answers, judgements reviewed
    ADVISE = "advise members in the thread on an unsure answer"
    REVOKE_JUDGEMENTS = "see and revoke members' judgements that a party is a different person"
    # admin work
    MANAGE_ACCOUNTS = "manage accounts"
    BACKUP_RESTORE = "back up and restore the database"


_MEMBER = frozenset({Permission.SEE_OWN_PROMPTS, Permission.ANSWER_OWN_PROMPTS, Permission.EDIT_OWN_DISCLOSURES,
                     Permission.SEE_OWN_PACKET, Permission.CHANGE_OWN_PASSWORD, Permission.SEE_MEETINGS})
_STAFF = frozenset({Permission.CHANGE_OWN_PASSWORD, Permission.SEE_ALL_PROMPTS, Permission.SEE_CONFIDENTIAL,
                    Permission.SEE_ALL_DISCLOSURES, Permission.EDIT_ALL_DISCLOSURES, Permission.SEE_ROSTER,
                    Permission.IMPORT_FILES, Permission.SCREEN, Permission.RELEASE_HELD_PROMPTS,
                    Permission.MANAGE_MEETINGS, Permission.SEE_MEETINGS, Permission.RECORD_VOTES,
                    Permission.SEE_MOTIONS, Permission.SEE_REPORTS, Permission.SEE_AUDIT,
                    Permission.SEND_NOTIFICATIONS, Permission.ADVISE, Permission.REVOKE_JUDGEMENTS})

#: What each role may do. A member's permissions are over their own records only.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MEMBER: _MEMBER,
    Role.STAFF: _STAFF,
    Role.ADMIN: _STAFF | {Permission.MANAGE_ACCOUNTS, Permission.BACKUP_RESTORE},
}


def allowed(account: Account | None, permission: Permission) -> bool:
    """Whether the account's role carries the permission (no database check); a visitor's
    (None) carries none, so that a caller branching on it refuses the visitor in :func:`require`."""
    return account is not None and permission in ROLE_PERMISSIONS[account.role]


def require(store: Store, account: Account | None, permission: Permission, *,
            member_id: str | None = None) -> Account:
    """The account, re-read from the database, when it may do ``permission`` (on
    ``member_id``'s records, if given); otherwise :class:`Forbidden`.

    Refused: no account; an account that no longer exists or is disabled; a member account
    whose member is no longer on the roster; a role without the permission; a member acting
    on another member's records."""
    if account is None:
        raise Forbidden("sign in first")
    if not account.system:
        current = Accounts(store).get(account.username)
        if current is None or current.disabled:
            raise Forbidden("this account is disabled: ask an administrator")
        if current.role is not account.role or current.member_id != account.member_id:
            raise Forbidden("this account changed since you signed in: sign in again")
        if current.member_id is not None and current.member_id not in store.active_member_ids():
            raise Forbidden("your member record is no longer on the Panel's roster: ask staff")
        account = current
    if not allowed(account, permission):
        raise Forbidden(f"a {account.role} account may not {permission}")
    if member_id is not None and account.role is Role.MEMBER and member_id != account.member_id:
        raise Forbidden("a member sees and changes only their own records")
    return account


def require_scope(store: Store, account: Account | None, own: Permission, every: Permission, *,
                  member_id: str | None = None) -> tuple[Account, str | None]:
    """For an action over one member's records or everyone's: the account (re-read, as
    :func:`require`) and whose records it acts on. An account with ``every`` (staff) acts on
    ``member_id`` — None: every member; one with ``own`` (a member) only on their own — None
    means their own, another member's id is :class:`Forbidden`."""
    if account is not None and allowed(account, every):
        return require(store, account, every), member_id
    current = require(store, account, own, member_id=member_id)
    return current, current.member_id


def may_reveal(account, asked: bool = True) -> bool:
    """Whether an output for ``account`` shows confidential identities: only when asked for
    and the account's role may see them (coi.decisions.access, ``SEE_CONFIDENTIAL``)."""
    return bool(asked) and account is not None and allowed(account, Permission.SEE_CONFIDENTIAL)


__all__ = ["may_reveal", "Forbidden", "Permission", "ROLE_PERMISSIONS", "allowed", "require", "require_scope"]

