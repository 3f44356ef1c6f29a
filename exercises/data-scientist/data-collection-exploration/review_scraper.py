"""Exercise: a polite scraper for Harvest Crate's review pages.

Write ``scrape_reviews(base_url, user_agent, *, timeout=10.0)`` for the website that
``ai_roadmaps.case_study.serve_site`` serves at ``base_url``. It must:

- send ``User-Agent: <user_agent>`` and pass ``timeout`` with every request it makes;
- first GET ``base_url + "/robots.txt"`` and parse it with ``urllib.robotparser``; if the rules
  do not allow ``user_agent`` to fetch ``base_url + "/reviews/page-1.html"``, raise
  ``PermissionError`` without requesting any review page;
- GET ``/reviews/page-1.html``, then follow the link ``a.next[rel=next]`` of each page to the
  next one, until a page has no such link; collect the reviews of every page, the last included;
- wait the robots.txt crawl delay (``crawl_delay``; 1 second if robots.txt gives none) with
  ``time.sleep`` before every review page after the first (the tests replace ``time.sleep``
  with a fake that records the waits);
- raise ``requests.HTTPError`` if a page answers with an error status.

Each review is an ``article.review`` element; see the docstring of
``ai_roadmaps.case_study.website`` for its parts. Return a DataFrame with one row per review, in
the order of the pages, and exactly these columns:

- ``review_id``: the number in the article's id (``"review-17"`` gives 17), an integer;
- ``stars``: the article's ``data-rating``, an integer;
- ``title``, ``text``: the texts of ``.review-title`` and ``.review-text``, stripped;
- ``region``: the text of ``.region``, lowercase;
- ``date``: the ``datetime`` attribute of the ``time`` element, as ``datetime64[ns]``.

The reviewers' names are personal data that the analysis does not need: do not return them.

Check your work:
    pytest exercises/data-scientist/data-collection-exploration/test_review_scraper.py
The book's page "Web scraping, politely and lawfully" shows every piece you need.
"""

import time  # noqa: F401  (use time.sleep for the waits)
from urllib.robotparser import RobotFileParser  # noqa: F401

import pandas as pd
import requests  # noqa: F401
from bs4 import BeautifulSoup  # noqa: F401


def scrape_reviews(base_url: str, user_agent: str, *, timeout: float = 10.0) -> pd.DataFrame:
    raise NotImplementedError("write scrape_reviews")
