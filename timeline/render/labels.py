"""Words for what the chart and report show: lane names, actors, event types."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

from ..coding.codebook import codebook
from ..events import Event


@cache
def _organisation_names() -> dict[str, str]:
    """Organisation codes to their first (full) name, from the shipped gazetteer."""
    text = (files("timeline.data") / "organisations.csv").read_text(encoding="utf-8")
    return {row["code"]: row["names"].split("|")[0] for row in csv.DictReader(text.splitlines())}


@cache
def country_name(code: str) -> str:
    """A readable name for an ISO alpha-3 country or an organisation code ("" if unknown)."""
    if not code:
        return ""
    if code in _organisation_names():
        return _organisation_names()[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code[:3]) if len(code) >= 3 else None
    if country is None:
        return ""
    return getattr(country, "common_name", None) or country.name


def lane_label(key: str, mode: str) -> str:
    """The y-axis label of a lane."""
    if mode != "actor":
        return key
    name = country_name(key)
    return f"{name} ({key})" if name and name != key else key


def cameo_name(code: str) -> str:
    """The CAMEO name of a code ("" if the code is not in the codebook)."""
    entry = codebook().get(code)
    return entry.name if entry else ""


def act_summary(event: Event) -> str:
    """ "SANCTION (expel) · CAMEO 1663 Expel or deport individuals · Goldstein -4.0" """
    kind = event.plover_event + (f" ({event.plover_mode})" if event.plover_mode else "")
    parts = [kind]
    if event.cameo_code:
        parts.append(f"CAMEO {event.cameo_code} {cameo_name(event.cameo_code)}".rstrip())
    if event.goldstein is not None:
        parts.append(f"Goldstein {event.goldstein:+.1f}")
    if event.modality and event.modality != "asserted":
        parts.append(event.modality)
    return " · ".join(parts)


def actor_text(name: str, code: str) -> str:
    """ "Treasury Department (USAGOV)" """
    if name and code:
        return f"{name} ({code})"
    return name or code


def actor_line(event: Event) -> str:
    """ "Treasury Department (USAGOV) → Russian technology companies (RUSBUS)" """
    first = actor_text(event.actor1_name, event.actor1_code) or "unknown actor"
    second = actor_text(event.actor2_name, event.actor2_code)
    return f"{first} → {second}" if second else first
