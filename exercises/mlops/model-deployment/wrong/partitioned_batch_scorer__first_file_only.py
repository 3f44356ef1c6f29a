# Wrong: reads only the first Parquet file of each partition, losing the rows of the others.
from pathlib import Path

import pandas as pd


def score_partitions(model, features: list[str], source: Path, target: Path) -> dict[str, int]:
    written = {}
    for folder in sorted(p for p in Path(source).iterdir() if p.is_dir() and "=" in p.name):
        rows = pd.read_parquet(sorted(folder.glob("*.parquet"))[0])
        scores = rows[["customer_id", "as_of"]].copy()
        if len(rows):
            scores["churn_probability"] = model.predict_proba(rows[features])[:, 1]
        else:
            scores["churn_probability"] = pd.Series(dtype="float64")
        out = Path(target) / folder.name
        out.mkdir(parents=True, exist_ok=True)
        scores.to_parquet(out / "scores.parquet", index=False)
        written[folder.name] = len(scores)
    return written
