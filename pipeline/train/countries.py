"""Build ``models/lexicons/countries.txt``: Chinese names of the world's countries
and territories, current and former.

    pip install babel==2.18.0 pycountry==26.2.16   # or: pip install -e '.[lexicons]'
    python -m pipeline.train.countries [OUT_DIR]

Sources (both on PyPI):
- Unicode CLDR territory names in Simplified Chinese (babel): 马拉维, 圣多美和普林西比 …
- ISO 3166-1 country names and official names, ISO 3166-3 former countries, in the
  zh_CN translations that ship with pycountry (马拉维共和国, 扎伊尔共和国 …). Former
  countries also give their short name without the form of state (扎伊尔).

Parenthesised qualifiers are dropped (刚果（金） → 刚果); names that are not plain
Chinese text (codes, pseudo-regions) are skipped.
"""
from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

from pipeline.config import MODELS_DIR

_CHINESE = re.compile(r"^[\u4e00-\u9fff·]{2,}$")
_STATE_FORM = re.compile(r"(?:民主|人民|社会主义|联邦|联合|伊斯兰|阿拉伯|合作|玻利瓦尔|多民族|东方|统一|民族|合众)*"
                         r"(?:共和国|王国|联邦|酋长国|大公国|公国|苏丹国|合众国)$")
_SKIP = ("伪", "未知")


def clean_names(raw: str, short_form: bool = False) -> set[str]:
    """The usable names in one source string."""
    text = re.sub(r"\s+", "", re.sub(r"[（(][^）)]*[）)]", "", raw))
    if any(s in text for s in _SKIP):
        return set()
    out = set()
    for part in re.split(r"[，,;；]", text):
        if not _CHINESE.match(part):
            continue
        out.add(part)
        short = _STATE_FORM.sub("", part)
        if short_form and short != part and _CHINESE.match(short):
            out.add(short)
    return out


def country_names() -> set[str]:
    import pycountry
    from babel import Locale

    names: set[str] = set()
    for code, name in Locale("zh").territories.items():
        if code.isalpha():  # numeric codes are world regions (非洲, 东南亚 …)
            names |= clean_names(name)
    for domain, db in (("iso3166-1", pycountry.countries), ("iso3166-3", pycountry.historic_countries)):
        zh = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["zh_CN"])
        for country in db:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    names |= clean_names(zh.gettext(value), short_form=domain == "iso3166-3")
    return names


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else MODELS_DIR / "lexicons"
    names = country_names()
    header = ("# Countries and territories, current and former, in Simplified Chinese.\n"
              "# Built by `python -m pipeline.train.countries` from Unicode CLDR (babel) and\n"
              "# ISO 3166-1/-3 zh_CN (pycountry). A NER span for a person that is one of these\n"
              "# becomes a place (pipeline/nlp/span_rules.py).\n")
    path = out_dir / "countries.txt"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    tmp.replace(path)
    print(f"{len(names)} names -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
