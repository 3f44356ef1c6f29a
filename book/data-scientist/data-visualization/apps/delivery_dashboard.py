"""Harvest Crate's delivery dashboard: a small Streamlit app.

Run it from the repository's root folder, in the book's environment:

    streamlit run book/data-scientist/data-visualization/apps/delivery_dashboard.py

It shows, for a region and a range of delivery weeks, the boxes shipped, the revenue and the
share of boxes delivered late, each compared with the same number of weeks just before, and
a weekly chart of the late share. The page "Streamlit: data apps in plain Python" of the book
explains it and tests it with streamlit.testing.v1.AppTest.
"""

import pandas as pd
import plotly.express as px
import streamlit as st

from ai_roadmaps.case_study import REGIONS, clean, generate

ALL = "all regions"


@st.cache_data
def load_weekly() -> pd.DataFrame:
    """Boxes, revenue and late boxes per delivery week and region (shipped weeks only)."""
    data = clean(generate())
    deliveries = data.deliveries.merge(
        data.customers[["customer_id", "region"]], on="customer_id", validate="many_to_one"
    )
    shipped = deliveries[deliveries["status"] != "skipped"]
    return (
        shipped.assign(late=shipped["status"].eq("late"))
        .groupby(["week_start", "region"], as_index=False)
        .agg(
            boxes=("boxes", "sum"),
            revenue_eur=("price_eur", "sum"),
            late=("late", "sum"),
            shipped=("late", "size"),
        )
    )


def summarize(weekly: pd.DataFrame) -> dict:
    """Totals of a slice of the weekly table: boxes, revenue and the share of weeks late."""
    return {
        "boxes": int(weekly["boxes"].sum()),
        "revenue_eur": float(weekly["revenue_eur"].sum()),
        "late_share": float(weekly["late"].sum() / weekly["shipped"].sum()),
    }


def main() -> None:
    st.set_page_config(page_title="Harvest Crate deliveries", layout="wide")
    st.title("Harvest Crate: deliveries")
    weekly = load_weekly()

    region = st.selectbox("Region", [ALL, *REGIONS])
    weeks = sorted(weekly["week_start"].unique())
    start, end = st.select_slider(
        "Delivery weeks",
        options=weeks,
        value=(weeks[-13], weeks[-1]),
        format_func=lambda week: f"{pd.Timestamp(week):%d %b %Y}",
    )

    if region != ALL:
        weekly = weekly[weekly["region"] == region]
    n_weeks = weeks.index(end) - weeks.index(start) + 1
    before = weeks[max(weeks.index(start) - n_weeks, 0)]
    now = summarize(weekly[weekly["week_start"].between(start, end)])
    then = summarize(weekly[(weekly["week_start"] >= before) & (weekly["week_start"] < start)])

    st.caption(f"{n_weeks} weeks, compared with the {n_weeks} weeks before them")
    boxes, revenue, late = st.columns(3)
    boxes.metric("Boxes shipped", f"{now['boxes']:,}", f"{now['boxes'] - then['boxes']:+,}")
    revenue.metric(
        "Revenue",
        f"EUR {now['revenue_eur']:,.0f}",
        f"{now['revenue_eur'] / then['revenue_eur'] - 1:+.1%}",
    )
    late.metric(
        "Boxes late",
        f"{now['late_share']:.1%}",
        f"{100 * (now['late_share'] - then['late_share']):+.1f} pp",
        delta_color="inverse",  # more late boxes is bad news: show a rise in red
    )

    by_week = weekly[weekly["week_start"].between(start, end)]
    by_week = by_week.groupby("week_start", as_index=False)[["late", "shipped"]].sum()
    by_week["late_share"] = by_week["late"] / by_week["shipped"]
    fig = px.line(
        by_week,
        x="week_start",
        y="late_share",
        markers=True,
        labels={"week_start": "delivery week", "late_share": "boxes delivered late"},
        title=f"Share of boxes delivered late: {region}",
    )
    fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    st.plotly_chart(fig, alt="Line chart of the weekly share of boxes delivered late")


if __name__ == "__main__":
    main()
