#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (a developer's step, not the
# build's): German and French get every string; English only the strings
# with plural forms (%n), which it fills in as "1 cycle" / "2 cycles".
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
sources=(app core reportpdf ui)
"$lupdate" -no-obsolete -locations none "${sources[@]}" \
    -ts translations/synclens_de.ts translations/synclens_fr.ts
"$lupdate" -no-obsolete -locations none -pluralonly "${sources[@]}" \
    -ts translations/synclens_en.ts
python3 - translations/synclens_en.ts <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def forms(source):
    one = re.sub(r"\((e?s|ies)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source).replace("y(ies)", "ies")
    return one, many

def fill(match):
    source = match.group(2)
    one, many = forms(source)
    return (match.group(1) + "<translation>\n"
            "            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n"
            "        </translation>" % (one, many))

pattern = re.compile(r'(<source>([^<]*)</source>\s*(?:<(?:extra|translator)?comment>[^<]*'
                     r'</(?:extra|translator)?comment>\s*)*)'
                     r'<translation type="unfinished">[^<]*(?:<numerusform>[^<]*</numerusform>'
                     r'\s*)*</translation>')
open(path, "w", encoding="utf-8").write(pattern.sub(fill, text))
PY
