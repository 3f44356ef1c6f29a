"""Exercise: revenue per box by region with Dask, in one pass over the data.

Write ``region_summary(deliveries)``. ``deliveries`` is a Dask DataFrame with at least the
columns ``region`` (text), ``boxes`` (int) and ``price_eur`` (float), one row per delivery
week, like Harvest Crate's deliveries joined to their customers' regions. Its partitions can
have very different sizes. Return a pandas DataFrame with one row per region, indexed by
region in sorted order, and the columns

- ``boxes``: the total number of boxes of the region;
- ``revenue_eur``: the total of ``price_eur`` of the region;
- ``eur_per_box``: ``revenue_eur / boxes``, the average price of one of the region's boxes.

Every row counts (rows with 0 boxes add nothing to either total).

Read the data once: build the aggregations with Dask DataFrame operations and compute them
together, with a single ``.compute()`` (or ``dask.compute``) call, so that every partition
is loaded exactly once. The tests count how often each partition is loaded.

Check your work:
    pytest exercises/data-scientist/big-data-cloud/test_region_summary.py
The book's page "Dask: pandas in partitions, out of core" shows lazy results and computing
several of them at once.
"""

import dask  # noqa: F401  (dask.compute computes several results in one pass)
import dask.dataframe as dd
import pandas as pd


def region_summary(deliveries: dd.DataFrame) -> pd.DataFrame:
    raise NotImplementedError("write region_summary")
