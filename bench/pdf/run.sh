#!/usr/bin/env bash
# PDF export of a full plan: warm in one JVM (as the window exports), then cold from the command
# line (a fresh JVM per export, as `skillgap pdf` runs). Run by hand from anywhere:
#   bench/pdf/run.sh
# The cold runs use hyperfine when it is installed (apt-get install hyperfine), else a plain loop.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"

mvn -B -q -f "$top/pom.xml" -DskipTests package
cp="$top/target/classes:$top/target/lib/*"
rm -rf "$here/target" && mkdir -p "$here/target/classes"
javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" -name '*.java')

data="$here/target/data"
run() { java -cp "$here/target/classes:$cp" org.skillgap.bench.pdf.PdfExport "$@" 2>&1 | grep -v 'migrate\|INFO'; }
run setup "$data"
run warm "$data" 20 30
echo "where one cold export's time goes (ms):"
java -cp "$here/target/classes:$cp" org.skillgap.report.PdfPhases "$data" 2>&1 | grep 'JVM start'

out="$here/target/plan.pdf"
cli=(java -jar "$top/target/skillgap.jar" --data-dir "$data" pdf "$out")
echo "cold: ${cli[*]}"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --export-json "$here/target/cold.json" "${cli[*]}"
    python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('cold command line, median of 5: %.0f ms' % (1000*r['median']))" "$here/target/cold.json"
else
    times=()
    for i in 1 2 3 4 5; do
        t0=$(date +%s%N); "${cli[@]}" >/dev/null; t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    echo "cold runs (ms): ${times[*]}"
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | sed 's/^/cold command line, median of 5 (ms): /'
fi
