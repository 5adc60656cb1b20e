"""The control map: who holds each place as of a date, with coordinates, as records, CSV or GeoJSON.

It reads the ``control-as-of`` canned query (so the map and the query always agree, contested
places included) and adds each place's coordinates and governorate from the store.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import Any, TextIO

from kg.exports import entity_details
from kg.names import resolve_name
from kg.queries import run_query
from kg.store import Store

CONTROL_COLUMNS = (
    "place",
    "place_label",
    "governorate",
    "lat",
    "lon",
    "actor",
    "actor_label",
    "status",
    "since",
    "contested_by",
    "articles",
    "example_article",
    "evidence",
)


def control_records(
    store: Store, as_of: date | str | None = None, *, window_days: int = 7
) -> list[dict[str, Any]]:
    """One record per (place, actor) of the latest control evidence up to ``as_of``."""
    params = {"window_days": str(window_days)}
    if as_of is not None:
        params["as_of"] = str(as_of)
    table = run_query(store, "control-as-of", params, lambda k, t: resolve_name(store, k, t))
    details = entity_details(store)
    records = []
    for row in table.records():
        place = str(row["place_iri"])
        where = details.get(place, {})
        governorate = where.get("governorate")
        records.append(
            {
                "place": place,
                "place_label": str(row["place"]),
                "governorate": details.get(governorate, {}).get("label_en", "")
                if governorate
                else "",
                "lat": where.get("lat"),
                "lon": where.get("lon"),
                "actor": str(row["actor_iri"]),
                "actor_label": str(row["actor"]),
                "status": str(row["status"]),
                "since": str(row["since"]),
                "contested_by": str(row["contested_by"] or ""),
                "articles": int(str(row["articles"])),
                "example_article": str(row["example_article"]),
                "evidence": str(row["evidence"]),
            }
        )
    return records


def write_control_csv(records: list[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(CONTROL_COLUMNS))
    writer.writeheader()
    for record in records:
        writer.writerow({k: "" if record[k] is None else record[k] for k in CONTROL_COLUMNS})
    return len(records)


def control_geojson(records: list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection; places without coordinates get a null geometry."""
    features = []
    for record in records:
        geometry = None
        if record["lat"] is not None and record["lon"] is not None:
            geometry = {"type": "Point", "coordinates": [record["lon"], record["lat"]]}
        properties = {k: v for k, v in record.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def write_control_geojson(records: list[dict[str, Any]], out: TextIO) -> int:
    json.dump(control_geojson(records), out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(records)
