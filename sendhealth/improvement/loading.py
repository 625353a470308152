"""Frameworks from a JSON (or YAML) file: the shipped ``fixtures/frameworks.json`` or an
administrator's own. A framework version already loaded is left as it is (edit it in the
admin, or load a new version); all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction

SHIPPED = Path(__file__).resolve().parent / "fixtures" / "frameworks.json"


def read(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        import yaml  # only when a YAML file is given

        return yaml.safe_load(text)
    return json.loads(text)


@transaction.atomic
def load(data: dict, get_model=None) -> list:
    """The scales and frameworks of ``data``; returns the frameworks newly loaded.
    ``get_model`` gives a data migration's historical models."""
    if get_model is not None:
        RatingScale, RatingLevel, Framework, Principle, Statement = (
            get_model("improvement", name)
            for name in ("RatingScale", "RatingLevel", "Framework", "Principle", "Statement")
        )
    else:
        from sendhealth.improvement.models import (
            Framework,
            Principle,
            RatingLevel,
            RatingScale,
            Statement,
        )
    scales = {}
    for entry in data.get("scales", []):
        scale, created = RatingScale.objects.get_or_create(
            name=entry["name"], defaults={"source": entry["source"]}
        )
        if created:
            RatingLevel.objects.bulk_create(
                RatingLevel(
                    scale=scale,
                    value=level["value"],
                    label=level["label"],
                    description=level.get("description", ""),
                )
                for level in entry["levels"]
            )
        scales[scale.name] = scale
    loaded = []
    for entry in data.get("frameworks", []):
        if Framework.objects.filter(key=entry["key"], version=entry["version"]).exists():
            continue
        scale = scales.get(entry["scale"]) or RatingScale.objects.get(name=entry["scale"])
        framework = Framework.objects.create(
            key=entry["key"],
            version=entry["version"],
            name=entry["name"],
            source=entry["source"],
            note=entry.get("note", ""),
            scale=scale,
        )
        for p_order, p in enumerate(entry.get("principles", []), start=1):
            principle = Principle.objects.create(
                framework=framework, order=p_order, title=p["title"], source=p["source"]
            )
            Statement.objects.bulk_create(
                Statement(principle=principle, order=s_order, text=s["text"], source=s["source"])
                for s_order, s in enumerate(p.get("statements", []), start=1)
            )
        loaded.append(framework)
    return loaded


def ensure_shipped() -> list:
    return load(read(SHIPPED))
