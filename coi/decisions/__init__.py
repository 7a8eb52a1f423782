"""Decisions: who may do what, and the answers, judgements, votes and meetings people record."""
