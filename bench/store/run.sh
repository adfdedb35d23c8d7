#!/usr/bin/env bash
# Opening a store with five years of weekly re-assessments (15,600 rating changes), as the window
# does at start. Run by hand from anywhere:
#   bench/store/run.sh            # generate, 9 fresh JVMs (cold), then a warm loop
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"

mvn -B -q -f "$top/pom.xml" -DskipTests package
cp="$top/target/classes:$top/target/lib/*"
rm -rf "$here/target" && mkdir -p "$here/target/classes"
javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" -name '*.java')

data="$here/target/data"
run() { java -cp "$here/target/classes:$cp" org.skillgap.bench.store.StoreOpen "$@" 2>&1 | grep -v 'migrate\|INFO'; }
summary() {
    python3 - "$1" "$2" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("cold:")]
def col(pattern):
    return statistics.median(float(re.search(pattern, l).group(1)) for l in rows)
print("%s, cold, median of %d fresh JVMs: open %.1f ms, read %.1f ms, open + read %.1f ms, quick_check %.1f ms"
      % (sys.argv[2], len(rows), col(r"\| open ([\d.]+)"), col(r"changes ([\d.]+) ms"), col(r"open \+ read ([\d.]+)"),
         col(r"quick_check ([\d.]+)")))
PY
}
# The same with one week of ratings, for what any open costs in a fresh JVM whatever the history.
run generate "$here/target/small" 37
for i in 1 2 3 4 5; do run cold "$here/target/small"; done > "$here/target/cold-small.txt"
summary "$here/target/cold-small.txt" "37 changes"

run generate "$data" 15600
for i in 1 2 3 4 5 6 7 8 9; do run cold "$data"; done | tee "$here/target/cold.txt"
summary "$here/target/cold.txt" "15,600 changes"
run warm "$data" 50 200
