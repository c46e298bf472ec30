"""Places as data: a place name or a jurisdiction → its administrative division.

Resolution uses ``cnloc`` (offline: the divisions of every year 1980–2025 with their
codes; it never forces an ambiguous match), loaded lazily, once per process, and only
when a run has places to resolve. A division is kept only when its full name is
written in the text (贵阳日报 is not 贵阳市) down to county level; towns and villages are
not resolved. Ambiguous names (鼓楼区, 城关镇) stay None unless the page's context
(a division it names without ambiguity) picks one. Unknowns stay None, never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

FIRST_YEAR, LAST_YEAR = 1980, 2024  # the years cnloc holds; others use the nearest
# only a name that ends like a division is looked up in earlier years (not 县委会议室)
_DIVISION_ENDINGS = ("省", "市", "区", "县", "州", "盟", "旗")
_PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Division:
    """An administrative division (the lowest one named)."""

    province: str | None
    city: str | None
    county: str | None
    code: str  # GB/T 2260 code of the lowest division (六位行政区划代码)
    level: str  # province | city | county

    @property
    def name(self) -> str:
        return self.county or self.city or self.province or ""


@lru_cache(maxsize=1)
def _cnloc():
    import cnloc  # 2–3 s: the division tables are read at import

    return cnloc


def warm_up() -> None:
    """Load the division tables in the background (a run calls this when it starts, so
    that the 2–3 s overlap the stages instead of adding to the registry's time)."""
    import threading

    def load() -> None:
        _cnloc().getlocation(["北京市"], year=LAST_YEAR)  # and today's lookup tables

    threading.Thread(target=load, name="huiyi-places-warm-up", daemon=True).start()


def _year(year: int | None) -> int:
    return min(max(year or LAST_YEAR, FIRST_YEAR), LAST_YEAR)


def _text(value) -> str | None:
    if value is None or value != value:  # NaN
        return None
    text = str(value).strip()
    return text or None


def _code(value) -> str | None:
    text = _text(value)
    if text is None:
        return None
    return text.split(".")[0]


def _division(row: dict, text: str) -> Division | None:
    province, city, county = _text(row.get("province_name")), _text(row.get("city_name")), _text(row.get("county_name"))
    if city in _PLACEHOLDER_CITIES:
        city = None
    if county:
        division = Division(province, city, county, _code(row.get("county_adcode")) or "", "county")
    elif city:
        division = Division(province, city, None, _code(row.get("city_adcode")) or "", "city")
    elif province:
        division = Division(province, None, None, _code(row.get("province_adcode")) or "", "province")
    else:
        return None
    if not division.code or division.name not in text:  # 贵阳日报 names no division
        return None
    return division


def _period(year: int | None) -> int:
    """The year whose divisions a name not found today is looked up in: the start of the
    issue's five-year period (each year's tables take cnloc about 0.4 s to build)."""
    year = _year(year)
    return year if year == LAST_YEAR else year - year % 5


def resolve_names(names: Iterable[tuple[str, int | None]]) -> dict[tuple[str, int | None], Division | None]:
    """Each (name, year) → its division, or None (unknown or ambiguous). Names are looked
    up in today's divisions, and those not found there that end like a division in the
    divisions of their period (a county that has since become a district)."""
    wanted = sorted({(n, y) for n, y in names if n}, key=lambda k: (k[0], _year(k[1])))
    out: dict[tuple[str, int | None], Division | None] = {}
    if not wanted:
        return out
    lib = _cnloc()
    today = sorted({n for n, _ in wanted})
    found = dict(zip(today, (_division(row, n) for n, row in
                             zip(today, lib.getlocation(today, year=LAST_YEAR).to_dict("records")))))
    by_period: dict[int, list[str]] = {}
    for n, y in wanted:
        if found[n] is None and _period(y) != LAST_YEAR and n.endswith(_DIVISION_ENDINGS):
            by_period.setdefault(_period(y), []).append(n)
    earlier: dict[tuple[str, int], Division | None] = {}
    for period, period_names in by_period.items():
        period_names = sorted(set(period_names))
        rows = lib.getlocation(period_names, year=period).to_dict("records")
        earlier.update({(n, period): _division(row, n) for n, row in zip(period_names, rows)})
    for n, y in wanted:
        out[(n, y)] = found[n] if found[n] is not None else earlier.get((n, _period(y)))
    return out


def resolve_in_context(names: Iterable[str], context: Iterable[Division], year: int | None
                       ) -> dict[str, Division | None]:
    """Resolve ``names`` of one page; one that is ambiguous alone is tried under each
    division of the page's context and kept when exactly one of them holds it."""
    names = sorted({n for n in names if n})
    alone = resolve_names((n, year) for n in names)
    out = {n: alone.get((n, year)) for n in names}
    parents = sorted({(d.province or "") + (d.city or "") for d in context if d.province}, key=len)
    missing = [n for n in names if out[n] is None]
    if not missing or not parents:
        return out
    tries = resolve_names((p + n, year) for n in missing for p in parents if not n.startswith(p))
    for n in missing:
        found = {d for p in parents if (d := tries.get((p + n, year))) is not None and d.name == n}
        if len(found) == 1:
            out[n] = found.pop()
    return out
