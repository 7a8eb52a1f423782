"""Single sign-on (OpenID Connect, through Streamlit's ``st.login``): which identity-token
claims coi accepts, and the account they sign in.

Accepted only when the token comes from the one pinned issuer (``oidc_issuer`` under
``[coi]`` in .streamlit/secrets.toml), the provider vouches for the e-mail address
(``email_verified``), and the address is one coi can compare without Unicode folding
(:func:`coi.decisions.accounts.email_key`). The first sign-in binds the account to the issuer and
subject; any other subject for the same address is refused after that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

from coi.decisions.accounts import UNKNOWN_USERNAME, Account, AccountError, Accounts, email_key
from coi.store.database import Store


def pinned_issuer(secrets: Mapping | None) -> str | None:
    """The issuer coi trusts, from the secrets' ``[coi] oidc_issuer``; None when not set."""
    try:
        value = secrets["coi"]["oidc_issuer"] if secrets is not None else None
    except Exception:  # no secrets file, no [coi] section: Streamlit raises its own errors
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def sso_sign_in(store: Store, claims: Mapping, *, issuer: str | None) -> Account:
    """The account an identity token's ``claims`` sign in, or :class:`AccountError` saying why not."""

    def refuse(reason: str, words: str) -> NoReturn:
        store.audit("sign-in refused", UNKNOWN_USERNAME, {"username": UNKNOWN_USERNAME, "via": "openid connect",
                                                          "reason": reason})
        raise AccountError(words)

    if issuer is None:
        refuse("no pinned issuer", "single sign-on is not set up completely: an administrator must set "
               "oidc_issuer under [coi] in .streamlit/secrets.toml")
    if claims.get("iss") != issuer:
        refuse("another issuer", "this organization account comes from an identity provider coi does not trust")
    if claims.get("email_verified") not in (True, "true"):
        refuse("e-mail not verified", "your identity provider does not vouch for your e-mail address: "
               "verify it there, or sign in with a coi password")
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        refuse("no subject", "your identity provider sent no subject identifier")
    username = email_key(claims.get("email"))
    if username is None:
        refuse("e-mail not comparable", "your e-mail address has characters that Unicode normalisation would "
               "change, or is not plain ASCII: coi cannot match it to an account safely")
    return Accounts(store).bind_identity(username, issuer, subject)


__all__ = ["pinned_issuer", "sso_sign_in"]
