"""The book's link checker; ``scripts/check_links.py`` is its command line.

One module per concern: ``extract`` (find links as MyST reads them),
``check`` (HTTP and the verdict policy), ``cache``, ``config``, ``report``
and ``fix`` (rewrite permanent redirects).
"""
