"""Reports: what coi writes for people — the pre-meeting report, packets, minutes, exports, words."""
