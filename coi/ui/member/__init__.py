"""A member's pages: *My prompts* (each prompt a card to answer), *My disclosures* (the ties
as a table to edit) and *My ties* (one picture). Every page reads and writes through the
library with the signed-in account, which :mod:`coi.decisions.access` checks."""
