"""The review path in headless Chromium: upload -> extract -> review -> accept -> on the map."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def review_url(tmp_path_factory, hostile_data, browser_output):
    """A dashboard of its own: these tests accept flows into its workspace, and the other
    browser tests, which count the records of the session's dashboard, must not see them
    (test_explorer's Iceland click found two records when this file ran first)."""
    from tests.browser.conftest import running_dashboard

    with running_dashboard(
        {
            "FLOWS_WORKSPACE": str(tmp_path_factory.mktemp("review-workspace")),
            "FLOWS_EXTRA_DATA": str(hostile_data),
        },
        browser_output / "streamlit-review.log",
    ) as url:
        yield url


DOC = (
    "Enquête de la police islandaise\n\n"
    "Selon la police, des fusils d'assaut ont été introduits illégalement en Islande depuis la "
    "Norvège. <img src=x onerror=alert(1)> Une enquête est ouverte. Les enquêteurs pensent "
    "qu'une partie est repartie vers le Groenland.\n"
)
ONWARD = "Les enquêteurs pensent qu'une partie est repartie vers le Groenland."
# a document of its own for the decisions file (the first test adds Iceland -> Greenland)
DOC_DECIDED = (
    "Trafic d'armes\n\n"
    "Des pistolets ont été expédiés illégalement de Suède vers la Finlande. Une partie a "
    "ensuite été revendue en Estonie.\n"
)
RESOLD = "Une partie a ensuite été revendue en Estonie."
# the evidence of the stated flow, marked in its card (every card shows the document around it)
STATED = ".review-evidence mark:has-text('introduits illégalement en Islande')"


def _wait_idle(page, timeout: float = 90_000) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout
    )
    page.wait_for_timeout(800)


def _reviewed_count(page, url: str) -> int:
    page.goto(f"{url}/?st=reviewed")
    _wait_idle(page)
    text = page.locator("[data-testid='stSidebar']").get_by_text("records match").inner_text()
    return int(text.split()[0].replace(",", ""))


def test_upload_review_accept_shows_on_the_map(recorded_page, review_url, browser_output, tmp_path):
    page = recorded_page.page
    before = _reviewed_count(page, review_url)

    page.goto(f"{review_url}/review")
    _wait_idle(page)
    page.get_by_text("Add documents to the review queue").click()
    doc = tmp_path / "armes-islande.txt"
    doc.write_text(DOC, encoding="utf-8")
    # (the first uploader: documents; the second, in its closed expander, takes decisions)
    page.locator("[data-testid='stFileUploader'] input[type='file']").first.set_input_files(
        str(doc)
    )
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Extract candidates").click()
    page.get_by_text("added to the queue", exact=False).wait_for(timeout=60_000)
    _wait_idle(page)

    # the card of the stated flow, wherever the queue's learned order puts it
    card = page.locator("[class*='st-key-rv_card_']").filter(has=page.locator(STATED))
    mark = card.locator(".review-evidence mark").first
    mark.wait_for(timeout=30_000)
    assert "introduits illégalement en Islande" in mark.inner_text()
    # the hostile markup of the document is shown as text, never run
    assert "<img src=x onerror=alert(1)>" in page.locator(".review-evidence").first.inner_text()
    page.screenshot(path=str(browser_output / "review-page.png"), full_page=True)

    # a card's shortcut opens the add form with its document, sentence and fields filled in
    card.get_by_role("button", name="Another flow from this sentence").click()
    page.get_by_text("now holds this sentence", exact=False).wait_for(timeout=60_000)
    _wait_idle(page)
    add = page.locator("[data-testid='stExpander']").filter(
        has_text="Add a flow the extractor missed"
    )
    evidence = add.get_by_label("Evidence: the sentence of the document, quoted exactly")
    assert "introduits illégalement en Islande" in evidence.input_value()
    assert add.get_by_label("Destination").input_value() == "Iceland (IS)"
    page.screenshot(path=str(browser_output / "review-card-shortcut.png"), full_page=True)

    card = page.locator("[class*='st-key-rv_card_']").filter(has=page.locator(STATED))
    card.get_by_role("button", name="Accept").click()
    page.get_by_text("Accepted:").wait_for(timeout=60_000)
    _wait_idle(page)

    assert _reviewed_count(page, review_url) == before + 1
    page.screenshot(path=str(browser_output / "review-accepted-on-map.png"))

    # the onward leg from Iceland, which no candidate gives, is added by hand
    page.goto(f"{review_url}/review")
    _wait_idle(page)
    add = page.locator("[data-testid='stExpander']").filter(
        has_text="Add a flow the extractor missed"
    )
    add.get_by_text("Add a flow the extractor missed").click()
    assert "<img src=x onerror=alert(1)>" in add.locator(".review-document").inner_text()
    add.get_by_label("Evidence: the sentence of the document, quoted exactly").fill(ONWARD)
    add.get_by_label("Origin").fill("Iceland (IS)")
    add.get_by_label("Destination").fill("Greenland (GL)")
    page.screenshot(path=str(browser_output / "review-add-missed.png"), full_page=True)
    add.get_by_role("button", name="Add the flow").click()
    page.get_by_text("Added: Iceland → Greenland").wait_for(timeout=60_000)
    _wait_idle(page)
    assert _reviewed_count(page, review_url) == before + 2
    assert recorded_page.dialogs == []
    assert recorded_page.errors == []
    assert not page.locator("[data-testid='stException']").count()


def test_a_file_of_decisions_is_checked_then_applied(
    recorded_page, review_url, browser_output, tmp_path
):
    """The "Apply a file of decisions" part: a bad file names its lines and applies nothing;
    a good one adds the flow it states."""
    import json

    page = recorded_page.page
    page.goto(f"{review_url}/review")
    _wait_idle(page)
    page.get_by_text("Add documents to the review queue").click()
    doc = tmp_path / "pistolets-finlande.txt"
    doc.write_text(DOC_DECIDED, encoding="utf-8")
    uploads = page.locator("[data-testid='stFileUploader'] input[type='file']")
    uploads.first.set_input_files(str(doc))
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Extract candidates").click()
    page.get_by_text("added to the queue", exact=False).wait_for(timeout=60_000)
    _wait_idle(page)

    part = page.locator("[data-testid='stExpander']").filter(has_text="Apply a file of decisions")
    part.get_by_text("Apply a file of decisions").click()

    def submit(name: str, text: str, button: str, answer: str) -> str:
        """Upload ``text`` as the decisions file ``name``, press ``button``, wait for
        ``answer``; the part's text."""
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        part.locator("input[type='file']").set_input_files(str(path))
        page.wait_for_timeout(1000)
        part.get_by_role("button", name=button).click()
        page.get_by_text(answer, exact=False).wait_for(timeout=60_000)
        _wait_idle(page)
        return part.inner_text()

    def line(decision: dict) -> str:
        return json.dumps(decision, ensure_ascii=False) + "\n"

    shown = submit("bad.jsonl", '{"action": "accept"}\nnot json\n', "Apply",
                   "2 problems, nothing applied")  # fmt: skip
    assert "line 2: not JSON" in shown

    # a flow a candidate of the document already gives: "Check" refuses it, naming it
    same = {
        "action": "add",
        "document": "pistolets-finlande.txt",
        "evidence": RESOLD,
        "set": {"category": "weapons", "origin": "Finland", "destination": "Estonia"},
    }
    shown = submit("twice.jsonl", line(same), "Check", "1 problem, nothing applied")
    assert "line 1: add to document pistolets-finlande.txt" in shown
    assert "already gives it; accept or edit that one" in shown
    page.screenshot(path=str(browser_output / "review-decisions-duplicate.png"), full_page=True)

    added = {
        "action": "add",
        "document": "pistolets-finlande.txt",
        "evidence": RESOLD,
        # (the extractor gives Finland -> Estonia itself; the pistols came from Sweden)
        "set": {"category": "weapons", "origin": "Sweden (SE)", "destination": "Estonia (EE)"},
        "comment": "onward leg",
    }
    submit("decisions.jsonl", line(added), "Check", "it can be applied (nothing applied yet)")
    part.get_by_role("button", name="Apply").click()
    page.get_by_text("1 missed flow added").wait_for(timeout=60_000)
    _wait_idle(page)
    page.screenshot(path=str(browser_output / "review-decisions-applied.png"), full_page=True)
    assert recorded_page.errors == []
    assert not page.locator("[data-testid='stException']").count()
