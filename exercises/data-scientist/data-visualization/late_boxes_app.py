"""Exercise: a Streamlit app that shows one region's late boxes in one month.

Write ``late_share`` and ``main``; ``load_deliveries`` is written for you.

``late_share(deliveries, region, month)`` returns, as a float between 0 and 1, the share of
the region's shipped delivery weeks that arrived late in a month:

- ``deliveries`` is a table like the one ``load_deliveries()`` returns: one row per delivery
  week of the case study, with its ``region``, its ``month`` as a ``"YYYY-MM"`` string and
  its ``status``; ``month`` is a string such as ``"2025-04"``.
- Rows with ``status == "skipped"`` shipped nothing: leave them out. The share is the rows
  with ``status == "late"`` divided by the rows that are not skipped.

``main()`` draws the app, in this order:

1. ``st.title("Late boxes")``.
2. A select box labeled ``"Region"`` offering the five regions in the order of
   ``REGIONS`` (north first, selected at the start).
3. A select box labeled ``"Month"`` offering every month of the data as ``"YYYY-MM"``
   strings, oldest first, with the **latest** month selected at the start
   (``index=len(months) - 1``).
4. A metric labeled ``"Boxes late"`` for the selected region and month:

   - its value is the late share as a percentage with one decimal, ``f"{share:.1%}"``
     (``"29.9%"``);
   - its delta is the change from the month before, in percentage points with a sign, one
     decimal and the unit: ``f"{100 * (share - previous):+.1f} pp"`` (``"+22.4 pp"``); in the
     first month of the data there is no month before, so pass no delta;
   - a rise in late boxes is bad news, so it must show in red: ``delta_color="inverse"``.

The tests run the file with ``streamlit.testing.v1.AppTest``; to look at it yourself, run
``streamlit run exercises/data-scientist/data-visualization/late_boxes_app.py``.

Check your work:  pytest exercises/data-scientist/data-visualization/test_late_boxes_app.py
The book's page "Streamlit: data apps in plain Python" shows how.
"""

import pandas as pd
import streamlit as st

from ai_roadmaps.case_study import REGIONS, clean, generate  # noqa: F401


@st.cache_data
def load_deliveries() -> pd.DataFrame:
    """One row per delivery week of the case study: its region, month and status."""
    data = clean(generate())
    rows = data.deliveries.merge(
        data.customers[["customer_id", "region"]], on="customer_id", validate="many_to_one"
    )
    return pd.DataFrame(
        {
            "region": rows["region"].astype("category"),
            "month": rows["week_start"].dt.strftime("%Y-%m").astype("category"),
            "status": rows["status"].astype("category"),
        }
    )


def late_share(deliveries: pd.DataFrame, region: str, month: str) -> float:
    raise NotImplementedError("write late_share")


def main() -> None:
    raise NotImplementedError("write main")


if __name__ == "__main__":
    main()
