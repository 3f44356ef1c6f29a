# Wrong: it keeps the default y title, the column name per_1000, which gives no unit.
"""Wrong solution: an interactive churn chart."""

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

PRICE_RISE = pd.Timestamp("2025-03-01")


def churn_figure(churn: pd.DataFrame) -> go.Figure:
    rows = churn.sort_values("month")  # Plotly joins points in row order
    fig = px.line(
        rows,
        x="month",
        y="per_1000",
        color="channel",
        markers=True,
        category_orders={"channel": sorted(rows["channel"].unique())},
        labels={"month": "month"},
    )
    fig.update_traces(hovertemplate="%{x|%B %Y}: %{y:.1f} per 1,000<extra></extra>")
    fig.update_yaxes(rangemode="tozero")
    fig.add_vline(x=PRICE_RISE.timestamp() * 1000, line_dash="dash", line_color="gray")
    return fig
