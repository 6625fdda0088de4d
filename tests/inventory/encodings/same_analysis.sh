#!/bin/sh
# Each file of this folder is the same organization in another encoding: upgrade-risk reads
# every one and finds exactly what it finds in utf-8.xml, and `plan` writes its planned
# inventory back in the file's own encoding, which reads again (issue 16).
#   same_analysis.sh UPGRADE_RISK FILE
set -eu
tool="$1"
file="$2"
folder="$(dirname "$0")"
"$tool" analyze "$folder/utf-8.xml" -o csv > "${TMPDIR:-/tmp}/encodings.utf8.$$.csv"
"$tool" analyze "$file" -o csv > "${TMPDIR:-/tmp}/encodings.other.$$.csv"
status=0
cmp -s "${TMPDIR:-/tmp}/encodings.utf8.$$.csv" "${TMPDIR:-/tmp}/encodings.other.$$.csv" || status=1
[ "$status" -eq 0 ] || diff "${TMPDIR:-/tmp}/encodings.utf8.$$.csv" "${TMPDIR:-/tmp}/encodings.other.$$.csv" >&2 || true
planned="${TMPDIR:-/tmp}/encodings.planned.$$.xml"
"$tool" plan "$file" -o "$planned" > /dev/null
# The first 40 bytes (byte order mark, XML declaration) are the input's, and the plan reads.
[ "$(head -c 40 "$planned" | od -An -tx1)" = "$(head -c 40 "$file" | od -An -tx1)" ] || { echo "plan changed the encoding" >&2; status=1; }
"$tool" validate "$planned" > /dev/null || status=1
rm -f "${TMPDIR:-/tmp}/encodings.utf8.$$.csv" "${TMPDIR:-/tmp}/encodings.other.$$.csv" "$planned"
exit "$status"
