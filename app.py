"""coi's dashboard: ``streamlit run app.py`` (``make run`` loads the demo Panel first)."""

from coi.dashboard import main

main()
