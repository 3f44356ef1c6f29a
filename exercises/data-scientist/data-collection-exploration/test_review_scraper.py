"""Tests for the review scraper exercise (review_scraper.py).

The tests serve the case study's website pages themselves, so that they can change robots.txt
and see every request the scraper sends.
"""

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from ai_roadmaps.case_study import generate
from ai_roadmaps.case_study.website import site_pages

AGENT = "ReviewStudyBot/0.1 (+mailto:learner@example.com)"


@pytest.fixture(scope="module")
def pages():
    return site_pages(generate(seed=8, n_customers=300))


@pytest.fixture(scope="module")
def published(pages):
    """Every review on the site, parsed here, and the reviewers' names."""
    reviews, names, count = [], set(), 0
    while f"/reviews/page-{count + 1}.html" in pages:
        count += 1
        page = BeautifulSoup(pages[f"/reviews/page-{count}.html"], "html.parser")
        for article in page.select("article.review"):
            reviews.append(
                (int(article["id"].removeprefix("review-")), int(article["data-rating"]))
            )
            names.add(article.select_one(".reviewer").get_text(strip=True))
    return {"reviews": reviews, "names": names, "pages": count}


@contextmanager
def website(pages, robots):
    """Serve the pages with the given robots.txt; yield the base URL and the request log."""
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            path = urlsplit(self.path).path
            seen.append((path, self.headers.get("User-Agent")))
            body = robots.encode() if path == "/robots.txt" else pages.get(path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            body = body if body is not None else b"<p>no such page</p>"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


ROBOTS = "User-agent: *\nCrawl-delay: 3\nDisallow: /account/\n"


@pytest.fixture
def sleeps(monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", lambda seconds: waits.append(float(seconds)))
    return waits


def scrape(exercise, pages, sleeps):
    """Run the learner's scraper on the site; return its result, the requests and the waits."""
    with website(pages, ROBOTS) as (base, seen):
        frame = exercise("review_scraper").scrape_reviews(base, AGENT)
    return frame, seen, sleeps


def test_every_review_of_every_page(exercise, pages, sleeps, published):
    frame, _, _ = scrape(exercise, pages, sleeps)
    assert isinstance(frame, pd.DataFrame), "scrape_reviews returns a DataFrame"
    ids = frame["review_id"].tolist()
    expected = [review_id for review_id, _ in published["reviews"]]
    assert len(ids) == len(expected), (
        f"got {len(ids)} of {len(expected)} reviews on {published['pages']} pages: follow "
        "a.next[rel=next] to the last page, and keep that page's reviews too"
    )
    assert ids == expected, "the reviews in the order of the pages"


def test_columns_and_types(exercise, pages, sleeps, published):
    frame, _, _ = scrape(exercise, pages, sleeps)
    assert list(frame.columns) == ["review_id", "stars", "title", "text", "region", "date"]
    assert frame["review_id"].dtype.kind == "i" and frame["stars"].dtype.kind == "i", (
        "review_id and stars are integers"
    )
    assert frame["stars"].tolist() == [stars for _, stars in published["reviews"]]
    assert str(frame["date"].dtype) == "datetime64[ns]", "date: datetime64[ns]"
    assert set(frame["region"]) <= {"north", "south", "east", "west", "central"}, (
        "regions in lowercase"
    )


def test_no_reviewer_names_are_kept(exercise, pages, sleeps, published):
    frame, _, _ = scrape(exercise, pages, sleeps)
    text = frame.astype(str).to_numpy().ravel()
    kept = published["names"] & set(text)
    assert "reviewer" not in frame.columns and not kept, (
        f"the result holds reviewers' names ({sorted(kept)[:3]}...): they are personal data "
        "the analysis does not need, so do not collect them"
    )


def test_waits_the_crawl_delay_between_pages(exercise, pages, sleeps, published):
    _, _, waits = scrape(exercise, pages, sleeps)
    long_enough = [wait for wait in waits if wait >= 3]
    assert len(long_enough) >= published["pages"] - 1, (
        f"robots.txt asks for 3 s between requests; over {published['pages']} pages the "
        f"scraper waited {waits}: time.sleep(crawl_delay) before every page after the first"
    )


def test_asks_robots_first_and_names_itself(exercise, pages, sleeps):
    _, seen, _ = scrape(exercise, pages, sleeps)
    assert seen and seen[0][0] == "/robots.txt", "read /robots.txt before any other page"
    agents = {agent for _, agent in seen}
    assert agents == {AGENT}, (
        f"requests were sent as {sorted(agents)}: send the User-Agent with every request"
    )


def test_a_disallowed_path_is_not_scraped(exercise, pages, sleeps):
    robots = "User-agent: *\nDisallow: /reviews/\n"
    with website(pages, robots) as (base, seen):
        with pytest.raises(PermissionError):
            exercise("review_scraper").scrape_reviews(base, AGENT)
    fetched = [path for path, _ in seen if path.startswith("/reviews/")]
    assert not fetched, f"robots.txt disallows /reviews/, and the scraper fetched {fetched}"
