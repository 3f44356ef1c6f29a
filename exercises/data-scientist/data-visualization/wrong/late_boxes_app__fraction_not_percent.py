# Wrong: the metric shows the share as a fraction (0.299) instead of a percentage.
"""Wrong solution: a Streamlit app that shows one region's late boxes in one month."""

import pandas as pd
import streamlit as st

from ai_roadmaps.case_study import REGIONS, clean, generate


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
    rows = deliveries[
        (deliveries["region"] == region)
        & (deliveries["month"] == month)
        & (deliveries["status"] != "skipped")
    ]
    return float(rows["status"].eq("late").mean())


def main() -> None:
    st.title("Late boxes")
    deliveries = load_deliveries()
    months = sorted(deliveries["month"].unique())
    region = st.selectbox("Region", list(REGIONS))
    month = st.selectbox("Month", months, index=len(months) - 1)

    share = late_share(deliveries, region, month)
    position = months.index(month)
    delta = None
    if position > 0:
        previous = late_share(deliveries, region, months[position - 1])
        delta = f"{100 * (share - previous):+.1f} pp"
    st.metric("Boxes late", f"{share:.3f}", delta, delta_color="inverse")


if __name__ == "__main__":
    main()
