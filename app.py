"""coi's dashboard: ``streamlit run app.py`` (``make run`` loads the demo Panel first).

Streamlit reads this file twice over. ``streamlit run`` finds the ``st.App`` below and
serves it: Streamlit's server with coi's own routes (the sign-in page, sign-out, the single
sign-on hand-over) and middleware (signed-out page loads go to the sign-in page;
/_stcore/metrics is closed) — coi.ui.server. Each browser session then runs this same
file as its page script (``__name__ == "__main__"``), which draws the dashboard.
"""

import streamlit as st
from starlette.middleware import Middleware

from coi.ui import main
from coi.ui.server import Gate, routes

if __name__ == "__main__":  # a browser session's run: draw the dashboard
    main()
else:  # `streamlit run app.py` imports this module to find the server
    app = st.App(__file__, routes=routes(), middleware=[Middleware(Gate)])
