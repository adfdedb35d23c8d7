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
run generate "$data" 15600
for i in 1 2 3 4 5 6 7 8 9; do run cold "$data"; done | tee "$here/target/cold.txt"
python3 - "$here/target/cold.txt" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("cold:")]
def col(pattern):
    return statistics.median(float(re.search(pattern, l).group(1)) for l in rows)
print("cold, median of %d fresh JVMs: open %.1f ms, read %.1f ms, open + read %.1f ms, quick_check %.1f ms"
      % (len(rows), col(r"\| open ([\d.]+)"), col(r"changes ([\d.]+) ms"), col(r"open \+ read ([\d.]+)"),
         col(r"quick_check ([\d.]+)")))
PY
run warm "$data" 50 200
