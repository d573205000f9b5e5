#!/usr/bin/env python3
"""Regenerate places.tsv from the Kemendagri area list and the team's hand-written aliases.

places.tsv is a derived database of idn-area-data 4.0.1 (fityannugroho, ODbL 1.0), read through
../shared/data/gazetteer/wilayah_id.tsv. This script is the whole derivation: it keeps every provinsi, kabupaten,
kota and kecamatan (not desa/kelurahan), writes the bare name a person writes ("Blora", not "Kabupaten Blora"),
adds the aliases that follow mechanically from the name (rules below), then the aliases listed by hand in
place_aliases.tsv. Running it twice gives the same bytes; `--check` says whether places.tsv is up to date.

Python 3 standard library only.

    python3 derive_places.py                 # writes places.tsv beside this script
    python3 derive_places.py --check         # exit 1 if places.tsv differs from what would be written
    python3 derive_places.py --source PATH --aliases PATH --output PATH
"""

import argparse
import csv
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# From the project root the shared data sits at ../shared/data; this script is at indexer/data/gazetteer/.
DEFAULT_SOURCE = HERE.parent.parent.parent.parent / "shared" / "data" / "gazetteer" / "wilayah_id.tsv"
DEFAULT_ALIASES = HERE / "place_aliases.tsv"
DEFAULT_OUTPUT = HERE / "places.tsv"

KEPT_TYPES = ("provinsi", "kabupaten", "kota", "kecamatan")
COLUMNS = ("code", "kind", "type", "name", "parent_code", "aliases")

# Abbreviations Kemendagri uses inside a few kecamatan names ("Gn. Bintang Awai", "Kep. Masaloka Raya").
ABBREVIATIONS = (("Kep. ", "Kepulauan "), ("Gn. ", "Gunung "))

HEADER = """\
# places.tsv: Indonesian administrative areas for telusur's place recogniser: every provinsi (province), kabupaten
# (regency), kota (city) and kecamatan (district) with its Kemendagri code, its bare name and common variants.
# Desa and kelurahan (villages) are not included.
#
# Derived from idn-area-data 4.0.1 by fityannugroho (https://github.com/fityannugroho/idn-area-data), read through
# ../shared/data/gazetteer/wilayah_id.tsv, with aliases from place_aliases.tsv (written by the telusur team).
#
# Licence: Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/
# Attribution: contains information from idn-area-data (c) fityannugroho and contributors, made available under
# the ODbL v1.0. This file is a Derivative Database of idn-area-data and is itself made available under the
# ODbL v1.0 (share-alike): if you publicly use a changed version of it, or a database made from it, you must offer
# that database under the ODbL too and keep this notice. The individual names are facts; the ODbL covers the
# database as a whole.
#
# How it was made: indexer/data/gazetteer/derive_places.py (Python 3, standard library) from wilayah_id.tsv and
# place_aliases.tsv; run `python3 derive_places.py` in this folder to regenerate it byte for byte, and do not edit
# it by hand (add aliases to place_aliases.tsv instead). The script:
#   - keeps the rows of type provinsi, kabupaten, kota and kecamatan, in source order, with their codes and
#     parent codes exactly as Kemendagri writes them (a province has no parent);
#   - name: the province's name; for kabupaten and kota the name without "Kabupaten"/"Kota" and without
#     "Administrasi" (Jakarta's Kota Administrasi and Kabupaten Administrasi Kepulauan Seribu); a kecamatan's name
#     as given. A kabupaten and a kota may share a name (Semarang, Bogor, ...): both rows are kept, told apart by
#     type and code. Spaces are collapsed; the one name the source exports with a doubled quote ("Ra""as") is
#     written with an apostrophe (Ra'as).
#   - aliases, `|`-separated, in this order, duplicates (ignoring case) and the name itself dropped:
#     Sumatera -> Sumatra; each side of a "/" ("Tiro/Truseb"); the name without and the text inside brackets
#     ("Misool (Misool Utara)"); "Kep." and "Gn." spelled out; " - " closed up ("Na IX-X"); a doubled word
#     hyphenated ("Bau Bau" -> "Bau-Bau") and, for a kabupaten or kota that is only the doubled word, written
#     as one word ("Baubau", "Fakfak", "Tolitoli"); then the hand-written aliases of place_aliases.tsv.
#
# Columns (tab-separated, UTF-8, one area a line, header row below):
#   code         Kemendagri code: 2 digits provinsi, 2.2 kabupaten/kota, 2.2.2 kecamatan (33, 33.16, 33.16.05)
#   kind         always "place"
#   type         provinsi | kabupaten | kota | kecamatan
#   name         the bare name, as a person writes it
#   parent_code  code of the area it belongs to; empty for a provinsi
#   aliases      other names for it, `|`-separated, possibly empty; the recogniser should accept a type word before
#                a name or alias ("Kabupaten Blora", "Kab. Blora", "Kota Administrasi Jakarta Selatan")
"""


def clean_name(raw):
    name = " ".join(raw.replace('"', "'").split())
    return name


def bare_name(row_type, name, short_name):
    if row_type == "provinsi":
        bare = name
    else:
        bare = short_name  # kabupaten/kota without "Kabupaten"/"Kota"; kecamatan: same as name
        if row_type in ("kabupaten", "kota") and bare.startswith("Administrasi "):
            bare = bare[len("Administrasi "):]
    return clean_name(bare)


def mechanical_aliases(row_type, name):
    out = []
    if "Sumatera" in name:
        out.append(name.replace("Sumatera", "Sumatra"))
    if "/" in name:
        out.extend(part.strip() for part in name.split("/"))
    bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if bracket:
        out.extend([bracket.group(1).strip(), bracket.group(2).strip()])
    for short, full in ABBREVIATIONS:
        if short in name:
            out.append(name.replace(short, full))
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    words = name.split(" ")
    for i in range(len(words) - 1):
        if words[i].lower() == words[i + 1].lower():
            out.append(" ".join(words[:i] + [words[i] + "-" + words[i + 1]] + words[i + 2:]))
    if row_type in ("kabupaten", "kota"):
        doubled = re.fullmatch(r"(\w+)[ -](\w+)", name)
        if doubled and doubled.group(1).lower() == doubled.group(2).lower():
            out.append(doubled.group(1) + doubled.group(2).lower())
    return out


def read_hand_aliases(path):
    aliases = {}
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line.rstrip("\n") for line in f]
    data = [line for line in lines if line.strip() and not line.startswith("#")]
    if not data or data[0] != "code\taliases":
        sys.exit(f"{path}: expected the header row 'code<TAB>aliases' after the # comment lines")
    for number, line in enumerate(data[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1]:
            sys.exit(f"{path}: data line {number}: expected 'code<TAB>alias|alias': {line!r}")
        code, names = fields
        if code in aliases:
            sys.exit(f"{path}: code {code} listed twice")
        aliases[code] = [a.strip() for a in names.split("|") if a.strip()]
    return aliases


def derive(source, hand_aliases):
    rows = []
    with open(source, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")  # the source quotes the few names holding a '"' CSV-style
        header = next(reader)
        if header[:5] != ["code", "name", "short_name", "type", "parent_code"]:
            sys.exit(f"{source}: unexpected header {header}")
        for fields in reader:
            code, name, short_name, row_type, parent_code = fields[:5]
            if row_type not in KEPT_TYPES:
                continue
            bare = bare_name(row_type, name, short_name)
            seen = {bare.lower()}
            aliases = []
            for alias in mechanical_aliases(row_type, bare) + hand_aliases.get(code, []):
                alias = " ".join(alias.split())
                if alias and alias.lower() not in seen:
                    seen.add(alias.lower())
                    aliases.append(alias)
            rows.append((code, "place", row_type, bare, parent_code, "|".join(aliases)))
    codes = {row[0] for row in rows}
    unknown = sorted(set(hand_aliases) - codes)
    if unknown:
        sys.exit(f"place_aliases.tsv names codes that are not kept places: {', '.join(unknown)}")
    text = io.StringIO()
    text.write(HEADER)
    text.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        for field in row:
            if "\t" in field or "\n" in field:
                sys.exit(f"field with a tab or newline in row {row}")
        text.write("\t".join(row) + "\n")
    return text.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="wilayah_id.tsv")
    parser.add_argument("--aliases", type=Path, default=DEFAULT_ALIASES, help="place_aliases.tsv")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="places.tsv to write")
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing it")
    args = parser.parse_args()
    if not args.source.is_file():
        sys.exit(f"{args.source}: not found (it is ../shared/data/gazetteer/wilayah_id.tsv from the project root)")
    text = derive(args.source, read_hand_aliases(args.aliases)).encode("utf-8")
    if args.check:
        current = args.output.read_bytes() if args.output.is_file() else b""
        if current != text:
            print(f"{args.output} is out of date: run derive_places.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_bytes(text)
    places = text.count(b"\n") - HEADER.count("\n") - 1
    print(f"wrote {args.output} ({places} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
