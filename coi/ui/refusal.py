"""The page the dashboard shows instead of serving a database that is not the demo's while
an account there still signs in with a password published in the README (coi.store.demo_guard)."""

from __future__ import annotations

import streamlit as st

from coi.store.database import Store
from coi.store.demo_guard import dashboard_refusal


def refused(store: Store) -> bool:
    """True, after showing why and nothing else, when the dashboard must not serve ``store``."""
    why = dashboard_refusal(store)
    if why is None:
        return False
    st.title("coi — not started")
    st.error(why)
    return True


__all__ = ["refused"]
