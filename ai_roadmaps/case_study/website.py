"""Harvest Crate's public website, served on 127.0.0.1 for lessons on web scraping.

Pages (static HTML5, UTF-8; classes and ids a CSS selector can rely on):

- ``/`` and ``/index.html``: links to the pages below (``nav#site-nav a``).
- ``/plans.html``: the current price list, the one valid from 1 March 2025.
- ``/plans/2024.html`` and ``/plans/2025.html``: the price list of each year. Each has
  ``table#plan-prices``: one ``tbody tr`` per region (``data-region="north"``), whose
  ``th`` is the region's name ("North") and whose ``td.price`` cells (``data-plan=
  "2-person"`` and ``"4-person"``) hold a price as text, "€49.90"; and a
  ``p.valid-from`` with a ``time[datetime]``.
- ``/reviews/page-1.html`` to ``/reviews/page-<N>.html``: customer reviews, newest first,
  10 a page. Each is an ``article.review`` (``id="review-17"``, ``data-rating="4"``) with
  ``h3.review-title``, ``p.stars`` (★★★★☆, ``aria-label="4 out of 5 stars"``),
  ``span.reviewer`` (a first name and an initial: personal data), ``span.region``,
  ``time[datetime]`` and ``p.review-text``. ``a.next[rel=next]`` links the next page
  (absent on the last), ``a.prev[rel=prev]`` the previous one; ``p.page-count`` says
  "Page 1 of 16".
- ``/account/`` (``/account/index.html``): a sign-in page, which robots.txt disallows.
- ``/robots.txt``: ``User-agent: *``, ``Crawl-delay: <crawl_delay>``, ``Disallow: /account/``.

Anything else answers 404 with an HTML page. The reviews are drawn from the customers'
ratings in the data, with a generator seeded from the data's seed, so the site is the same
on every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from . import _text
from ._server import QuietHandler, background_server
from .features import clean_region
from .generate import EAST_CARRIER_CHANGE, END, PLANS, PRICE_RISE_AT, REGIONS, CaseData, list_price

REVIEWS_PER_PAGE = 10
N_REVIEWS = 160


def _page(title: str, body: str) -> bytes:
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)} · Harvest Crate</title>
</head>
<body>
<header><p class="brand"><a href="/">Harvest Crate</a></p>
<nav id="site-nav"><a href="/plans.html">Plans &amp; prices</a>
<a href="/reviews/page-1.html">Reviews</a> <a href="/account/">My account</a></nav>
</header>
<main id="content">
<h1>{escape(title)}</h1>
{body}
</main>
<footer><p>Harvest Crate is a fictional company. Prices include VAT.</p></footer>
</body>
</html>
"""
    return html.encode("utf-8")


def _plans_page(year: int) -> bytes:
    at = pd.Timestamp(f"{year}-01-01") if year == 2024 else PRICE_RISE_AT
    rows = []
    for region in REGIONS:
        cells = "".join(
            f'<td class="price" data-plan="{plan}">€{list_price(plan, region, at):.2f}</td>'
            for plan in PLANS
        )
        rows.append(f'<tr data-region="{region}"><th scope="row">{region.title()}</th>{cells}</tr>')
    valid = at.strftime("%Y-%m-%d")
    heads = "".join(f'<th scope="col">{p}</th>' for p in PLANS)
    body = f"""<p class="valid-from">Valid for deliveries from
<time datetime="{valid}">{at.day} {at.strftime("%B %Y")}</time>.</p>
<p>Every box holds three recipes for the plan's number of people.</p>
<table id="plan-prices" class="price-table">
<caption>Price per box, by region</caption>
<thead><tr><th scope="col">Region</th>{heads}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="other-years">Price lists: <a href="/plans/2024.html">2024</a>
<a href="/plans/2025.html">2025</a></p>
"""
    return _page(f"Plans and prices {year}", body)


def _reviews(data: CaseData) -> list[dict]:
    """The published reviews: rated boxes drawn at random, newest first."""
    rng = np.random.default_rng([data.seed, 2])
    rated = data.deliveries[data.deliveries["rating"].notna()]
    rated = rated.drop_duplicates(["customer_id", "week_start"])
    picks = rated.iloc[
        np.sort(rng.choice(len(rated), size=min(N_REVIEWS, len(rated)), replace=False))
    ]
    people = data.customers.set_index("customer_id")
    regions = clean_region(people["region"])
    reviews = []
    for row in picks.itertuples(index=False):
        person = people.loc[row.customer_id]
        first, last = person["name"].split(" ", 1)
        region = regions.loc[row.customer_id]
        stars = int(row.rating)
        date = (row.delivered_at + pd.Timedelta(days=int(rng.integers(1, 4)))).normalize()
        date = min(date, END - pd.Timedelta(days=1))
        topics = []
        if date >= PRICE_RISE_AT and stars <= 3 and rng.random() < 0.6:
            topics.append("price")
        start, stop = EAST_CARRIER_CHANGE
        if region == "east" and start <= date < stop + pd.Timedelta(days=7) and stars <= 3:
            topics.append("late")
        title, text = _text.review_text(stars, topics, rng)
        reviews.append(
            {
                "reviewer": f"{first} {last.split()[-1][0]}.",
                "region": region,
                "date": date,
                "stars": stars,
                "title": title,
                "text": text,
            }
        )
    reviews.sort(key=lambda r: r["date"], reverse=True)
    for number, review in enumerate(reviews, 1):
        review["id"] = number
    return reviews


def _review_pages(reviews: list[dict]) -> dict[str, bytes]:
    pages = {}
    count = -(-len(reviews) // REVIEWS_PER_PAGE)
    for page in range(1, count + 1):
        chunk = reviews[(page - 1) * REVIEWS_PER_PAGE : page * REVIEWS_PER_PAGE]
        articles = []
        for r in chunk:
            stars = "★" * r["stars"] + "☆" * (5 - r["stars"])
            day = r["date"]
            articles.append(
                f"""<article class="review" id="review-{r["id"]}" data-rating="{r["stars"]}">
<h3 class="review-title">{escape(r["title"])}</h3>
<p class="stars" aria-label="{r["stars"]} out of 5 stars">{stars}</p>
<p class="meta"><span class="reviewer">{escape(r["reviewer"])}</span> ·
<span class="region">{r["region"].title()}</span> ·
<time datetime="{day:%Y-%m-%d}">{day.day} {day:%B %Y}</time></p>
<p class="review-text">{escape(r["text"])}</p>
</article>"""
            )
        links = []
        if page > 1:
            links.append(
                f'<a class="prev" rel="prev" href="/reviews/page-{page - 1}.html">Newer</a>'
            )
        if page < count:
            links.append(
                f'<a class="next" rel="next" href="/reviews/page-{page + 1}.html">Older</a>'
            )
        body = (
            f'<p class="page-count">Page {page} of {count}</p>\n<section id="reviews">\n'
            + "\n".join(articles)
            + f'\n</section>\n<nav class="pagination">{" ".join(links)}</nav>\n'
        )
        pages[f"/reviews/page-{page}.html"] = _page(f"Customer reviews, page {page}", body)
    return pages


def site_pages(data: CaseData, crawl_delay: int = 1) -> dict[str, bytes]:
    """Every page of the site by path, as the server sends it (also for offline parsing)."""
    home = _page(
        "Fresh recipes, delivered weekly",
        '<p class="tagline">Three recipes a week, for two or four people, in every region.</p>\n'
        '<ul id="links"><li><a href="/plans.html">Plans and prices</a></li>\n'
        '<li><a href="/reviews/page-1.html">What our customers say</a></li></ul>',
    )
    account = _page(
        "Sign in",
        '<form id="sign-in" method="post" action="/account/sign-in">\n'
        '<label>E-mail <input type="email" name="email"></label>\n'
        '<label>Password <input type="password" name="password"></label>\n'
        "<button>Sign in</button></form>",
    )
    pages = {
        "/": home,
        "/index.html": home,
        "/plans.html": _plans_page(2025),
        "/plans/2024.html": _plans_page(2024),
        "/plans/2025.html": _plans_page(2025),
        "/account/": account,
        "/account/index.html": account,
        "/robots.txt": (
            f"User-agent: *\nCrawl-delay: {crawl_delay}\nDisallow: /account/\n"
        ).encode(),
    }
    pages.update(_review_pages(_reviews(data)))
    return pages


@contextmanager
def serve_site(data: CaseData, *, crawl_delay: int = 1) -> Iterator[str]:
    """Serve Harvest Crate's public website on 127.0.0.1 at a free port; yield its base URL.

    The pages are listed in the module docstring. `crawl_delay` (whole seconds, as
    urllib.robotparser reads it) goes into robots.txt; the server itself does not enforce
    it. The server stops when the `with` block ends; RuntimeError if it cannot start.
    """
    if int(crawl_delay) != crawl_delay or crawl_delay < 0:
        raise ValueError(f"crawl_delay must be a whole number of seconds, got {crawl_delay}")
    pages = site_pages(data, int(crawl_delay))
    missing = _page("Page not found", "<p>There is no page at this address.</p>")

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/account":
                path = "/account/"
            body = pages.get(path)
            kind = (
                "text/plain; charset=utf-8" if path.endswith(".txt") else "text/html; charset=utf-8"
            )
            if body is None:
                self.send_body(404, missing, "text/html; charset=utf-8")
            else:
                self.send_body(200, body, kind)

        do_HEAD = do_GET

    with background_server(Handler, "Harvest Crate website") as base_url:
        yield base_url
