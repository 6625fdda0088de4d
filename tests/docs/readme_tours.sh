#!/usr/bin/env bash
# Runs the command blocks of README.md's "Four ways to use it" in a scratch folder, in order,
# with the built upgrade-risk on PATH, so the tours stay true. The board's tour needs a
# previous review's JSON: it is written first, as the planner would have done a week before.
# Exits 77 (skipped) while the build has no html format, which the board's tour uses.
# usage: readme_tours.sh EXE README
set -euo pipefail
exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
readme=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$exe" "$work/bin/upgrade-risk"
PATH=$work/bin:$PATH
if ! upgrade-risk analyze --help | grep -qE '^ +html: '; then
    echo "readme_tours: skipped: this build has no html format yet (the board's tour uses --html)"
    exit 77
fi

# The ```sh blocks of the section, one file each.
awk -v dir="$work" '
    /^## / { inside = ($0 == "## Four ways to use it") }
    inside && /^```sh$/ { n++; file = dir "/tour" n ".sh"; next }
    file && /^```$/ { close(file); file = ""; next }
    file { print > file }
' "$readme"
tours=("$work"/tour*.sh)
[ ${#tours[@]} -eq 4 ] || { echo "readme_tours: expected 4 command blocks, found ${#tours[@]}"; exit 1; }

cd "$work"
run() {  # run TOUR EXPECTED_EXIT...
    local tour=$1 status=0
    shift
    bash -e "$tour" >"$tour.out" 2>&1 || status=$?
    for expected in "$@"; do [ "$status" -eq "$expected" ] && return 0; done
    echo "readme_tours: $(basename "$tour") exited $status (expected $*):"
    sed 's/^/  /' "$tour.out"
    exit 1
}
run tour1.sh 0
upgrade-risk analyze my-org.xml --json review-1.json 2>/dev/null
run tour2.sh 0
for file in board.html review-2.json ticket.md; do [ -s "$file" ] || { echo "readme_tours: no $file"; exit 1; }; done
grep -q '"baseline"' review-2.json || { echo "readme_tours: review-2.json has no baseline comparison"; exit 1; }
# The starter has high findings, so the gate closes (1); 0 would mean it never fails.
run tour3.sh 1
for file in upgrade-risk.sarif findings.csv; do [ -s "$file" ] || { echo "readme_tours: no $file"; exit 1; }; done
# The planned rollout has no critical finding, so its gate stays open (0).
run tour4.sh 0
for file in my-org.planned.xml my-org.capped.xml planned.html; do [ -s "$file" ] || { echo "readme_tours: no $file"; exit 1; }; done
grep -q 'move-bridgehead\|<wave' my-org.planned.xml || { echo "readme_tours: my-org.planned.xml has no waves"; exit 1; }
echo "readme_tours: the four tours run as written"
