"""Staff's pages (and the administrator's *Accounts*): the docket and the files, every
member's disclosures, the prompts and the held ones, the roster, meetings and recusal votes,
unsure answers, notifications and the audit log. Every page reads and writes through the
library with the signed-in account, which :mod:`coi.decisions.access` checks."""
