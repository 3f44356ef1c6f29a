# Wrong: scrape_reviews never asks robots.txt whether the review pages are allowed.
"""Wrong solution: a polite scraper for Harvest Crate's review pages."""

import time
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

import pandas as pd
import requests
from bs4 import BeautifulSoup


def _reviews(page: BeautifulSoup) -> list[dict]:
    rows = []
    for article in page.select("article.review"):
        rows.append(
            {
                "review_id": int(article["id"].removeprefix("review-")),
                "stars": int(article["data-rating"]),
                "title": article.select_one(".review-title").get_text(strip=True),
                "text": article.select_one(".review-text").get_text(strip=True),
                "region": article.select_one(".region").get_text(strip=True).lower(),
                "date": article.select_one("time")["datetime"],
            }
        )  # the .reviewer span is personal data: not collected
    return rows


def scrape_reviews(base_url: str, user_agent: str, *, timeout: float = 10.0) -> pd.DataFrame:
    with requests.Session() as session:
        session.headers["User-Agent"] = user_agent
        robots_txt = session.get(urljoin(base_url, "/robots.txt"), timeout=timeout)
        robots_txt.raise_for_status()
        robots = RobotFileParser()
        robots.parse(robots_txt.text.splitlines())
        delay = robots.crawl_delay(user_agent) or 1

        url = urljoin(base_url, "/reviews/page-1.html")
        rows, first = [], True
        while url:
            if not first:
                time.sleep(delay)
            first = False
            response = session.get(url, timeout=timeout)
            response.raise_for_status()
            page = BeautifulSoup(response.text, "html.parser")
            rows.extend(_reviews(page))  # before looking for the next link
            link = page.select_one("a.next[rel=next]")
            url = urljoin(url, link["href"]) if link else None
    frame = pd.DataFrame(rows, columns=["review_id", "stars", "title", "text", "region", "date"])
    return frame.assign(date=pd.to_datetime(frame["date"], format="%Y-%m-%d"))
