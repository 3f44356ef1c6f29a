# Wrong: the y axis autoranges, so it starts near the smallest rate and exaggerates changes.
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
        labels={"month": "month", "per_1000": "cancellations per 1,000 active customers"},
    )
    fig.update_traces(hovertemplate="%{x|%B %Y}: %{y:.1f} per 1,000<extra></extra>")
    fig.add_vline(x=PRICE_RISE.timestamp() * 1000, line_dash="dash", line_color="gray")
    return fig
