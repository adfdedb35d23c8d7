#!/usr/bin/env bash
# The longest FX-thread wait while another program holds the data file's write lock, headless
# (Monocle, software rendering; no display needed). Run by hand from anywhere:
#   bench/stall/run.sh                 # both modes, 20 s each, lock held 2 s of every 2.5 s
#   bench/stall/run.sh service 60 4000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../headless.sh"

run() {
    headless_java org.skillgap.bench.stall.StallWhileCommandLineWrites "$@"
}
if [ $# -gt 0 ]; then
    run "$@"
else
    run service
    run fx-thread
fi
