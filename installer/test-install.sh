#!/usr/bin/env bash
# Installs the .deb on this machine, uses it as a person would, uninstalls it, and says PASS/FAIL.
#
#   sudo installer/test-install.sh [PATH/TO/skillgap_*.deb]
#
# Without a path it builds the package first (installer/build.sh). Needs root (it installs and
# removes the package, and replaces an installed SkillGap) and Xvfb, xdotool, ImageMagick and
# xprop (installed with apt-get when missing). Not for CI. Leaves in target/installer-check/:
# window.png (the installed app's window), and the output of each step.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=target/installer-check
[[ $(id -u) == 0 ]] || { echo "test-install.sh: run as root (it installs a package)" >&2; exit 2; }

deb=${1:-}
if [[ -z $deb ]]; then
  installer/build.sh || { echo "test-install.sh: the build failed" >&2; exit 1; }
  deb=$(ls target/installer/skillgap_*.deb | head -1)
fi
[[ -f $deb ]] || { echo "test-install.sh: no package at '$deb'" >&2; exit 2; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xprop >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
if ((${#need[@]})); then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
    || { echo "test-install.sh: could not install ${need[*]}" >&2; exit 2; }
fi

rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
results=()
failed=0
pass() { results+=("PASS  $*"); echo "PASS  $*"; }
fail() { results+=("FAIL  $*"); echo "FAIL  $*"; failed=$((failed + 1)); }
note() { results+=("NOTE  $*"); echo "NOTE  $*"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# A person of our own (a throwaway account, removed at the end), so the app runs as a normal
# user would run it and the default data folder is theirs, not root's.
person=sgtest$$
useradd --create-home --home-dir "/home/$person" --shell /bin/bash "$person" || { echo "test-install.sh: useradd failed" >&2; exit 2; }
home=/home/$person
as_person() { runuser -u "$person" -- env HOME="$home" DISPLAY="$DISPLAY" LANG=C.UTF-8 "$@"; }
default_data=$home/.local/share/skillgap
custom_data=$home/coaching/alex

display=:$((300 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
trap 'kill "$xvfb" 2>/dev/null; [[ -n $app ]] && kill -- -"$app" 2>/dev/null; userdel -r "$person" 2>/dev/null; true' EXIT
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
export DISPLAY=$display

# --- install -------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' skillgap 2>/dev/null | grep -q 'ok installed'; then
  note "an installed SkillGap was removed first"
  dpkg -r skillgap >"$out/remove-old.log" 2>&1
fi
echo "installing $deb"
# apt-get, as a person would (sudo apt install ./skillgap_*.deb): it brings the dependencies.
if apt-get install -y "$deb" >"$out/install.log" 2>&1 \
    || { apt-get update -qq && apt-get install -y "$deb"; } >>"$out/install.log" 2>&1; then
  pass "package installs ($(basename "$deb"), $(( ($(wc -c <"$deb") + 1048575) / 1048576 )) MB)"
else
  fail "package installs (see $out/install.log)"
fi
check "installed launcher /opt/skillgap/bin/skillgap" test -x /opt/skillgap/bin/skillgap
check "skillgap on the PATH (/usr/bin/skillgap -> /opt/skillgap/bin/skillgap-start)" \
  test "$(command -v skillgap)" = /usr/bin/skillgap -a "$(readlink -f /usr/bin/skillgap)" = /opt/skillgap/bin/skillgap-start
desktop=$(ls /usr/share/applications/skillgap*.desktop 2>/dev/null | head -1)
check "menu entry named SkillGap, with its icon, starting /opt/skillgap/bin/skillgap-start" \
  bash -c "[[ -n '$desktop' ]] && grep -qx 'Name=SkillGap' '$desktop' && grep -q '^Icon=/opt/skillgap/lib/skillgap.png' '$desktop' \
    && test -f /opt/skillgap/lib/skillgap.png && grep -q '^Exec=/opt/skillgap/bin/skillgap-start' '$desktop'"
# A JDK 25 runtime ships its AOT cache; a JDK 17 one gets its AppCDS archive made at install.
aot=false
[[ -f /opt/skillgap/lib/app/skillgap.aot ]] && aot=true
if $aot; then
  check "AOT cache shipped (/opt/skillgap/lib/app/skillgap.aot)" test -s /opt/skillgap/lib/app/skillgap.aot
else
  check "start-up archive made at install (/opt/skillgap/lib/app/skillgap.jsa)" test -s /opt/skillgap/lib/app/skillgap.jsa
fi

# --- the command line ----------------------------------------------------------------------
as_person skillgap --version >"$out/version.txt" 2>&1
rc=$?
check "skillgap --version prints the version (exit $rc: $(head -1 "$out/version.txt"))" \
  bash -c "[[ $rc == 0 ]] && grep -q '^SkillGap [0-9]' '$out/version.txt'"
as_person skillgap --help >"$out/help.txt" 2>&1
rc=$?
check "skillgap --help prints the usage (exit $rc)" bash -c "[[ $rc == 0 ]] && grep -q 'Usage: skillgap' '$out/help.txt'"
as_person /opt/skillgap/bin/skillgap --version >"$out/launcher-version.txt" 2>&1
rc=$?
check "the jpackage launcher too: /opt/skillgap/bin/skillgap --version (exit $rc: $(head -1 "$out/launcher-version.txt"))" \
  bash -c "[[ $rc == 0 ]] && grep -q '^SkillGap [0-9]' '$out/launcher-version.txt'"
as_person skillgap --data-dir "$custom_data" status >"$out/status.txt" 2>&1
rc=$?
if [[ $rc == 0 ]]; then
  pass "skillgap status (exit 0)"
elif grep -qi 'unmatched argument\|unknown' "$out/status.txt"; then
  note "skillgap status: not in this build yet (exit $rc: $(head -1 "$out/status.txt"))"
else
  fail "skillgap status (exit $rc; see $out/status.txt)"
fi
if $aot; then
  # -XX:AOTMode=on makes the JVM refuse to start when it cannot use the cache.
  as_person JAVA_TOOL_OPTIONS=-XX:AOTMode=on skillgap --version >"$out/cds.txt" 2>&1
  as_person JAVA_TOOL_OPTIONS=-XX:AOTMode=on /opt/skillgap/bin/skillgap --version >"$out/cds-launcher.txt" 2>&1
  from_archive() { grep -q '^SkillGap [0-9]' "$@"; }
  check "skillgap starts from the AOT cache (it starts with -XX:AOTMode=on)" from_archive "$out/cds.txt"
else
  as_person JAVA_TOOL_OPTIONS=-Xlog:class+load=info skillgap --version >"$out/cds.txt" 2>&1
  as_person JAVA_TOOL_OPTIONS=-Xlog:class+load=info /opt/skillgap/bin/skillgap --version >"$out/cds-launcher.txt" 2>&1
  from_archive() { grep -q 'org.skillgap.app.Main source: shared objects file' "$@"; }
  check "skillgap starts from the start-up archive (AppCDS)" from_archive "$out/cds.txt"
fi
check "the jpackage launcher starts from it too" from_archive "$out/cds-launcher.txt"

# --- the window ----------------------------------------------------------------------------
echo "starting the installed app in a window (Xvfb $display)"
started=$(date +%s%3N)
setsid runuser -u "$person" -- env HOME="$home" DISPLAY="$DISPLAY" LANG=C.UTF-8 skillgap >"$out/window.log" 2>&1 &
app=$!
if w=$(timeout 60 xdotool search --sync --onlyvisible --name '^SkillGap$' 2>/dev/null | head -1) && [[ -n $w ]]; then
  pass "window 'SkillGap' shown $(( $(date +%s%3N) - started )) ms after start"
  sleep 3
  import -display "$display" -window root "$out/window.png"
  check "screenshot taken ($out/window.png)" test -s "$out/window.png"
  xprop -id "$w" _NET_WM_ICON WM_CLASS >"$out/window-props.txt" 2>&1
  check "window has the app icon" grep -q '_NET_WM_ICON(CARDINAL) = ' "$out/window-props.txt"
  check "window class matches the menu entry (StartupWMClass)" \
    grep -q "$(sed -n 's/^StartupWMClass=//p' "${desktop:-/dev/null}")" "$out/window-props.txt"
else
  fail "window 'SkillGap' shown within 60 s (see $out/window.log)"
  import -display "$display" -window root "$out/window.png" 2>/dev/null
fi
kill -- -"$app" 2>/dev/null; wait "$app" 2>/dev/null; app=""
check "data folder made in the person's home ($default_data)" test -d "$default_data"
check "JavaFX unpacked nothing into the home (it loads its libraries from /opt/skillgap)" test ! -e "$home/.openjfx"

timeout 60 runuser -u "$person" -- env HOME="$home" DISPLAY="$DISPLAY" JAVA_TOOL_OPTIONS=-Dskillgap.exitAfterStart=true skillgap --data-dir "$custom_data" >"$out/custom.log" 2>&1
check "--data-dir makes and uses the chosen folder ($custom_data)" \
  bash -c "[[ -f '$custom_data/window.properties' ]] && ls '$custom_data' | grep -q '^skillgap-0.log'"
ls -la "$default_data" "$custom_data" >"$out/data-before-uninstall.txt" 2>&1

# --- uninstall -----------------------------------------------------------------------------
if dpkg -r skillgap >"$out/uninstall.log" 2>&1; then pass "package uninstalls (dpkg -r)"; else fail "package uninstalls (see $out/uninstall.log)"; fi
check "program gone (/opt/skillgap)" test ! -e /opt/skillgap
check "skillgap gone from the PATH" test ! -e /usr/bin/skillgap
check "menu entry gone" bash -c "! ls /usr/share/applications/skillgap*.desktop >/dev/null 2>&1"
ls -la "$default_data" "$custom_data" >"$out/data-after-uninstall.txt" 2>&1
check "the person's data is still there after uninstall (both folders, same files)" \
  diff -q "$out/data-before-uninstall.txt" "$out/data-after-uninstall.txt"
cat "$out/data-after-uninstall.txt"

echo
echo "== test-install summary ($(basename "$deb"))"
printf '%s\n' "${results[@]}"
if ((failed)); then echo "RESULT: FAIL ($failed failed)"; exit 1; fi
echo "RESULT: PASS"
