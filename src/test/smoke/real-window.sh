#!/usr/bin/env bash
# Real-window smoke test: the packaged jar in a real X window (Xvfb), not Monocle. It starts on a
# fresh, a damaged, a locked and an unusable data folder, and each time a window must appear
# (the app, or the dialog that explains the problem) while the program keeps running: no crash.
# Installs Xvfb and xdotool itself when they are missing (Debian, as root). Needs target/skillgap.jar.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/skillgap.jar
[[ -f $jar ]] || { echo "smoke: $jar is missing; run mvn verify first" >&2; exit 2; }
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if ((${#need[@]})); then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
    || { echo "smoke: could not install ${need[*]}" >&2; exit 3; }
fi
work=$(mktemp -d)
display=:$((500 + RANDOM % 100))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
pids=()
cleanup() { for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null || true; done; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
# The jar keeps its archive of classes in the user's cache folder: this test's own, not the machine's.
export XDG_CACHE_HOME=$work/cache
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
failures=0

# Starts the jar on a data folder in the background; echoes its pid.
start() {
  local name=$1; shift
  setsid java -jar "$jar" "$@" >"$work/$name.log" 2>&1 &
  echo $!
}

# Waits for a visible window whose title matches, and checks that the program is still running.
expect_window() {
  local case=$1 pid=$2 title=$3
  if timeout 60 xdotool search --sync --onlyvisible --name "$title" >/dev/null 2>&1 && kill -0 "$pid" 2>/dev/null; then
    echo "smoke: $case: window '$title' is up"
  else
    echo "smoke: $case: FAILED, no window '$title' (program log below)" >&2
    sed 's/^/    /' "$work/$case.log" >&2
    failures=$((failures + 1))
  fi
}

# 1. A fresh data folder: the welcome form.
p=$(start fresh --data-dir "$work/fresh"); pids+=("$p")
expect_window fresh "$p" '^SkillGap$'

# 2. A damaged data file, with a backup: the dialog that offers to restore it.
java -jar "$jar" --data-dir "$work/damaged" profile --target it-product-manager --background qa-analyst \
  --hours-per-week 6 >/dev/null
java -jar "$jar" --data-dir "$work/damaged" rate cloud-computing 3 >/dev/null
java -jar "$jar" --data-dir "$work/damaged" backup >/dev/null
rm -f "$work/damaged/skillgap.db-wal" "$work/damaged/skillgap.db-shm"
head -c 32 /dev/urandom | dd of="$work/damaged/skillgap.db" conv=notrunc status=none
p=$(start damaged --data-dir "$work/damaged"); pids+=("$p")
expect_window damaged "$p" 'cannot be opened'

# 3. A second start on the folder of the first window: it says so; the first keeps running.
p=$(start second --data-dir "$work/fresh"); pids+=("$p")
expect_window second "$p" 'already open'
if kill -0 "${pids[0]}" 2>/dev/null; then echo "smoke: second: the first window keeps running"; else
  echo "smoke: second: FAILED, the first window ended" >&2; failures=$((failures + 1)); fi

# 4. A data folder that is a file: a window says why.
echo "not a folder" >"$work/a-file"
p=$(start unusable --data-dir "$work/a-file"); pids+=("$p")
expect_window unusable "$p" 'cannot start'

# 5. The jar's archive of classes: a window start that ends records it, and the next start maps
#    it (-Xshare:on makes a start fail instead of going on without an archive it cannot use).
java -jar "$jar" --data-dir "$work/archive" import installer/training/rated-person.json >/dev/null
java -Dskillgap.exitAfterStart=true -jar "$jar" --data-dir "$work/archive" >"$work/record.log" 2>&1 || true
archive=$(ls "$XDG_CACHE_HOME"/skillgap/skillgap-*.jsa 2>/dev/null | head -1)
if [[ -n $archive ]] && java -Xshare:on -Dskillgap.exitAfterStart=true -jar "$jar" --data-dir "$work/archive" \
    >"$work/mapped.log" 2>&1; then
  echo "smoke: archive: recorded by the first start ($(du -m "$archive" | cut -f1) MB), mapped by the next"
else
  echo "smoke: archive: FAILED (recorded: ${archive:-nothing}; logs below)" >&2
  sed 's/^/    /' "$work/record.log" "$work/mapped.log" >&2 2>/dev/null
  failures=$((failures + 1))
fi

if ((failures)); then echo "smoke: $failures case(s) failed" >&2; exit 1; fi
echo "smoke: every start showed a window"
