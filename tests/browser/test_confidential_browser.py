"""A member's DOM in a real browser (Debian's chromium, Playwright) holds nothing computed
from a party's identity: no stored prompt key nor any hash prefix of one in a class, id,
data attribute or text, and no confidential party's name (issue 11, item 1). Marked
``browser``."""

from __future__ import annotations

import hashlib
import re

import pytest

from coi.decisions.accounts import demo_password
from coi.store.database import Store
from tests.browser.test_dashboard_browser import browser, server, sign_in  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

# every class, id and data-* attribute of the page, and its whole text
_DOM = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name === 'class' || a.name === 'id' || a.name.startsWith('data-') || a.name === 'name'
          || a.name === 'for' || a.name.startsWith('aria-')) out.push(a.value);
    }
  }
  out.push(document.body.innerText);
  return out.join('\\n');
}"""


def derived(key: str) -> list[str]:
    hashes = [hashlib.sha1(key.encode()).hexdigest(), hashlib.sha256(key.encode()).hexdigest(),
              hashlib.md5(key.encode()).hexdigest()]
    return [key, key[:8], *(h[:8] for h in hashes)]


def test_a_members_dom_carries_no_prompt_key_hash_or_confidential_name(server, browser, tried):  # noqa: F811
    url, db = server
    with Store.open(db) as store:
        secret = [p for p in store.prompts() if p.party_confidential]
        everything = store.prompts(status=None)
    assert secret
    probes = 0
    for p in secret:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        sign_in(page, url, p.member_id.lower(), demo_password(p.member_id))
        page.get_by_text(f"Case {p.case_id}").first.wait_for(timeout=30_000)
        page.wait_for_timeout(1500)  # every card drawn
        dom = page.evaluate(_DOM)
        assert re.search(r"st-key-card-[0-9a-f]{16}", dom), "the cards carry opaque classes"
        for q in (q for q in everything if q.member_id == p.member_id):
            for piece in derived(q.key):
                probes += 1
                assert piece not in dom, (q.case_id, piece)
        own = {w for q in everything if q.member_id == p.member_id and not q.party_confidential
               for w in (q.party_name, q.matched_name, *(s.name for s in q.path))}
        for name in {p.party_name, p.matched_name} - own:
            probes += 1
            assert name not in dom, name
        card = page.locator("[class*='st-key-card-']").filter(has_text=f"Case {p.case_id}").first.inner_text()
        for name in {p.party_name, p.matched_name, *(s.name for s in p.path[1:])}:
            probes += 1
            assert name not in card, name
        page.close()
    tried(f"member browser (chromium DOM): {probes} probes for prompt keys, hash prefixes and confidential names")
