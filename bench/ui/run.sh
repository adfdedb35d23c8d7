#!/usr/bin/env bash
# Rating change to updated screen, in the real Assess screen, headless (Monocle, software
# rendering; no display needed). Run by hand from anywhere:
#   bench/ui/run.sh              # Assess screen alone, then the whole main window; 100 warm-up + 200 changes
#   bench/ui/run.sh window 50 100
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../headless.sh"

run() {
    headless_java org.skillgap.bench.ui.RatingToScreen "$@"
}
if [ $# -gt 0 ]; then
    run "$@"
else
    run assess
    run window
    # Once more with JavaFX's pulse logger, for the whole frame including (software) painting.
    JAVA_EXTRA="-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0" run window 100 200 \
        > "$here/target/pulses.txt" 2>&1
    grep -E '^(statistic|handler|sync|key ->|pulse CSS|frame work|changes)' "$here/target/pulses.txt" | sed 's/^/(pulse logger on) /' 
    python3 "$here/frames.py" "$here/target/pulses.txt"
fi
