#!/usr/bin/env bash
# Start-up benchmark: SkillGap against a bare JavaFX window with one label, in paired runs.
#
#   bench/startup.sh [-n PAIRS] [-r ROUNDS] [--jar-only | --installed-only] [--installed DIR] [--no-launcher]
#
# (a) java -jar target/skillgap.jar      vs  java -cp bare:target/lib/* BareWindow   (same java)
# (b) the installed app with its AOT cache (JDK 25 runtime) or AppCDS archive (JDK 17 runtime)
#                                        vs  BareWindow on the installed runtime, same java-options
#     "installed": bin/skillgap-start (the menu entry, `skillgap` on the PATH);
#     "launcher":  bin/skillgap (jpackage's launcher). DIR defaults to /opt/skillgap (an app image,
#     target/installer/image/skillgap, works too); both are skipped when it is not installed.
# ROUNDS (default 3) rounds of PAIRS (default 10) pairs each; each round is reported on its own.
#
# The app starts as from the menu: no arguments (its data folder comes from SKILLGAP_HOME, seeded
# with installer/training/rated-person.json: a profile and a rating for each of the catalog's 39 skills, so
# the Assess screen opens with its ratings and readiness).
# Each run starts a fresh JVM under its own Xvfb display and reads two figures:
#   time to window: from just before launch to the first frame (both programs print the wall
#                   clock as shown-epoch-ms=N after stage.show() and one pulse, then close);
#   peak RSS:       "Maximum resident set size" from /usr/bin/time -v; for the jar, which runs the
#                   app in a second JVM, plus the memory of its own the first JVM reports.
# App and bare alternate (app first on odd pairs, bare first on even ones) so that drift in the
# machine's load hits both; the figures reported are medians, and the ratio is the median of the
# per-pair ratios. Raw data: target/bench/startup.csv; table: target/bench/results.md.
# Needs: a JDK 17 on PATH (or JAVA_HOME), Xvfb, /usr/bin/time; target/skillgap.jar built.
set -euo pipefail

runs=10 rounds=3 do_launcher=true do_jar=true do_installed=true installed=/opt/skillgap
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) runs=$2; shift 2;;
    -r) rounds=$2; shift 2;;
    --no-launcher) do_launcher=false; shift;;
    --jar-only) do_installed=false; shift;;
    --installed-only) do_jar=false; shift;;
    --installed) installed=$2; shift 2;;
    *) sed -n '2,21p' "$0" >&2; exit 2;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
out=target/bench
mkdir -p "$out"
work=$(mktemp -d)
csv=$out/startup.csv

[[ -f target/skillgap.jar && -d target/lib ]] || { echo "startup.sh: build first: mvn -B -q -DskipTests package" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "startup.sh: needs Xvfb (apt-get install xvfb)" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } >/dev/null
  else
    echo "startup.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2
  fi
fi

# The yardstick, compiled against the very JavaFX jars the app ships with.
"${bin}javac" -d "$out/bare" -cp 'target/lib/*' bench/bare-window/BareWindow.java

display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
export DISPLAY=$display

# run_one VARIANT COMMAND...: appends "round,variant,ms,rss_kb,cpu_ms" to the CSV (cpu_ms: user + system
# time of the whole run, start to exit; less disturbed than wall time by other work on the machine).
run_one() {
  local variant=$1; shift
  local log=$work/$variant.out launched shown rss cpu
  launched=$(date +%s%3N)
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$log" 2>&1; then
    echo "startup.sh: $variant failed:" >&2; tail -20 "$log" >&2; return 1
  fi
  shown=$(sed -n 's/^shown-epoch-ms=//p' "$log")
  [[ -n $shown ]] || { echo "startup.sh: $variant printed no shown-epoch-ms" >&2; tail -20 "$log" >&2; return 1; }
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  # The jar starts the app again in a second JVM and waits beside it (JarStart): time's peak is
  # the larger process's alone, so the first JVM's own memory (private dirty pages) is added.
  launcher=$(sed -n 's/^launcher-private-kb=//p' "$log")
  [[ $launcher =~ ^[0-9]+$ ]] && rss=$((rss + launcher))
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$work/time.txt")
  echo "$round,$variant,$((shown - launched)),$rss,$cpu" >>"$csv"
}

# pairs NAME APP_COMMAND... -- BARE_COMMAND...: one warm-up each, then $runs alternating pairs.
pairs() {
  local name=$1; shift
  local app=() bare=()
  while [[ $1 != -- ]]; do app+=("$1"); shift; done; shift
  bare=("$@")
  echo "== $name: warm-up" >&2
  run_one warmup "${app[@]}"; run_one warmup "${bare[@]}"
  for i in $(seq "$runs"); do
    if ((i % 2)); then run_one "$name-app" "${app[@]}"; run_one "$name-bare" "${bare[@]}"
    else run_one "$name-bare" "${bare[@]}"; run_one "$name-app" "${app[@]}"; fi
    echo "   round $round: pair $i/$runs done" >&2
  done
}

# seed DIR: a person who finished the first run and rated every skill, so that a start shows the
# Assess screen with ratings loaded (the figure the issue asks for), not the first-run welcome.
seed() {
  "${bin}java" -jar target/skillgap.jar --data-dir "$1" import installer/training/rated-person.json >/dev/null
}
seed "$work/data-jar"
seed "$work/data-installed"

echo "round,variant,ms,rss_kb,cpu_ms" >"$csv"
loads=()
for round in $(seq "$rounds"); do
loads+=("round $round: $(cut -d' ' -f1 /proc/loadavg)")
if $do_jar; then
  pairs jar \
    env SKILLGAP_HOME="$work/data-jar" "${bin}java" -Dskillgap.startupProbe=true -jar target/skillgap.jar -- \
    "${bin}java" -Dskillgap.startupProbe=true -cp "$out/bare:target/lib/*" BareWindow
fi

if $do_installed; then
  cfg=$installed/lib/app/skillgap.cfg
  if [[ -x $installed/bin/skillgap && -f $cfg ]]; then
    appdir=$installed/lib/app
    # The bare window gets the launchers' own java-options, less the app's CDS archive.
    mapfile -t opts < <(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile\|AOTCache' | sed "s#\\\$APPDIR#$appdir#g")
    bare=("$installed/lib/runtime/bin/java" "${opts[@]}" -cp "$out/bare:$appdir/lib/*" BareWindow)
    # The launchers take no JVM options on their command line; both read JAVA_TOOL_OPTIONS.
    export JAVA_TOOL_OPTIONS=-Dskillgap.startupProbe=true
    # (b) what the menu entry and `skillgap` on the PATH run;
    pairs installed env SKILLGAP_HOME="$work/data-installed" "$installed/bin/skillgap-start" -- "${bare[@]}"
    # (b') jpackage's own launcher, which asks the package manager about itself at every start.
    $do_launcher && pairs launcher env SKILLGAP_HOME="$work/data-installed" "$installed/bin/skillgap" -- "${bare[@]}"
    unset JAVA_TOOL_OPTIONS
  else
    echo "startup.sh: SkillGap is not installed in $installed; skipping (b)" >&2
    do_installed=false
  fi
fi
done

# Medians and paired ratios, per round (ROUND: a number, or "all").
report() {
  local name=$1 target_time=$2 target_rss=$3 round=$4
  awk -F, -v n="$name" -v tt="$target_time" -v tr="$target_rss" -v r="$round" '
    function median(a, k,   i, j, t) {
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    r != "all" && $1 != r { next }
    $2 == n "-app"  { ams[++na] = $3; arss[na] = $4; acpu[na] = $5 }
    $2 == n "-bare" { bms[++nb] = $3; brss[nb] = $4; bcpu[nb] = $5 }
    END {
      if (na == 0) exit
      for (i = 1; i <= na; i++) { rt[i] = ams[i] / bms[i]; rr[i] = arss[i] / brss[i]; rc[i] = acpu[i] / bcpu[i] }
      mt = median(rt, na); mr = median(rr, na); mc = median(rc, na)
      printf "| %s | %s | time to window (ms) | %d | %d | %.2fx | <= %.1fx | %s |\n", n, r, median(ams, na), median(bms, nb), mt, tt, (mt <= tt ? "met" : "NOT met")
      printf "| %s | %s | peak RSS (MB) | %.0f | %.0f | %.2fx | <= %.1fx | %s |\n", n, r, median(arss, na) / 1024, median(brss, nb) / 1024, mr, tr, (mr <= tr ? "met" : "NOT met")
      printf "| %s | %s | CPU time, start to exit (ms) | %d | %d | %.2fx | (for information) | |\n", n, r, median(acpu, na), median(bcpu, nb), mc
    }' "$csv"
}
{
  echo "| variant | round | figure | app (median) | bare (median) | app/bare (median of pairs) | target | result |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in $(seq "$rounds") all; do
    if $do_jar; then report jar 1.5 1.3 "$r"; fi
    if $do_installed; then report installed 1.0 1.3 "$r"; fi
    if $do_installed && $do_launcher; then report launcher 1.0 1.3 "$r"; fi
  done
  echo
  echo "$rounds rounds of $runs pairs per variant, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Load average (1 min) as each round began: $(IFS=,; echo "${loads[*]}" | sed 's/,/, /g')."
} | tee "$out/results.md"
