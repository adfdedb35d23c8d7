#!/usr/bin/env bash
# Builds SkillGap's native package with the JDK's jlink and jpackage:
#   Linux:   target/installer/skillgap_<version>-1_<arch>.deb
#   macOS:   target/installer/SkillGap-<version>.dmg        (not tried yet: no Mac here)
#   Windows: target/installer/SkillGap-<version>.msi        (not tried yet: run from Git Bash)
#
#   installer/build.sh [--no-maven] [--no-cds] [--image-only]
#
#   --no-maven    package target/skillgap.jar and its target/lib/ jars as they are
#   --no-cds      no training run: no AOT cache / class list (the run needs a display, or Xvfb on Linux)
#   --image-only  stop after the app image in target/installer/image/
#
# Needs Maven and the JDK 17 that builds the code (JAVA_HOME, else the PATH). The runtime it links
# comes from a JDK 25 when there is one (JAVA25_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64):
# then the package starts from an AOT cache made by a training run here (JEP 483/514). Without a
# JDK 25 it links the JDK 17 runtime and makes an AppCDS class list instead (Linux only).
# For .deb also dpkg-deb and fakeroot; for .msi the WiX tools (3, or 4/5 with JDK 24+); for .dmg
# Xcode's command line tools.
set -euo pipefail

maven=true cds=true image_only=false
for arg in "$@"; do
  case $arg in
    --no-maven) maven=false;;
    --no-cds) cds=false;;
    --image-only) image_only=true;;
    *) sed -n '2,15p' "$0" >&2; exit 2;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
here=installer
out=target/installer
say() { printf '\033[1mbuild.sh:\033[0m %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

case $(uname -s) in
  Linux) os=linux type=deb name=skillgap icon=resources/icons/skillgap-256.png;;
  Darwin) os=mac type=dmg name=SkillGap icon=$here/macos/skillgap.icns;;
  MINGW*|MSYS*|CYGWIN*) os=win type=msi name=SkillGap icon=$here/windows/skillgap.ico;;
  *) die "no native package for $(uname -s)";;
esac
case $(uname -m) in
  x86_64|amd64) arch=x86_64;;
  aarch64|arm64) arch=aarch64;;
  *) arch=$(uname -m);;
esac

# The JDK whose tools link the runtime: 25 when there is one (its AOT cache is what makes the
# installed app start as fast as a bare JavaFX window), else the JDK 17 that builds the code.
jdk=${JAVA25_HOME:-}
[[ -z $jdk && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jlink ]] && jdk=/usr/lib/jvm/temurin-25-jdk-amd64
jdk=${jdk:-${JAVA_HOME:-}}
# The one modification time of the packaged jars, which the AOT cache checks (see train_start).
jar_time=2000-01-01T00:00:00Z
bin=${jdk:+$jdk/bin/}
feature=$("${bin}java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | tr -d '\r')
[[ $feature =~ ^[0-9]+$ ]] || die "cannot tell the Java version of ${bin}java"
aot=false
((feature >= 25)) && aot=true
say "runtime from Java $feature ($($aot && echo 'AOT cache' || echo 'AppCDS'))"
# Windows' java.exe wants Windows paths; Git Bash passes its own /c/... paths on unchanged in -X options.
native() { if [[ $os == win ]]; then cygpath -m "$1"; else printf '%s' "$1"; fi; }
sep=:
[[ $os == win ]] && sep=';'

# The project's own version and description: the first <version>/<description> after the
# project's artifactId (faster than mvn help:evaluate). jpackage wants plain numbers.
version=$(awk '/<artifactId>skillgap<\/artifactId>/ {p = 1} p && /<version>/ {gsub(/.*<version>|<\/version>.*/, ""); print; exit}' pom.xml)
description=$(awk '/<artifactId>skillgap<\/artifactId>/ {p = 1} p && /<description>/ {gsub(/.*<description>|<\/description>.*/, ""); print; exit}' pom.xml)
app_version=${version%%-*}
[[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot read a version like 1.2.3 from pom.xml (got '$version')"
# jpackage on macOS refuses a version whose first number is 0 (CFBundleVersion). A 0.x release is
# bundled as 1.0.0 there; the .dmg keeps the real version in its name, and the app's --version
# and About box say the real one.
bundle_version=$app_version
[[ $os == mac && $app_version == 0* ]] && bundle_version=1.0.0

# 1. The jar and its libraries.
if $maven; then
  say "building the jar (mvn package, tests skipped)"
  mvn -B -q -DskipTests package
fi
[[ -f target/skillgap.jar ]] || die "target/skillgap.jar is missing: run without --no-maven"

# 2. The input folder: skillgap.jar plus exactly the jars its manifest Class-Path names (so a
#    stale jar left in target/lib from an older build never ships), in the same lib/ layout.
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/tmp/manifest"
cp target/skillgap.jar "$out/input/"
(cd "$out/tmp/manifest" && "${bin}jar" xf "$root/target/skillgap.jar" META-INF/MANIFEST.MF)
classpath=$(tr -d '\r' <"$out/tmp/manifest/META-INF/MANIFEST.MF" \
  | awk '/^ / {line = line substr($0, 2); next} {if (line != "") print line; line = $0} END {print line}' \
  | sed -n 's/^Class-Path: *//p')
[[ -n $classpath ]] || die "target/skillgap.jar has no Class-Path in its manifest"
for jar in $classpath; do
  [[ -f target/$jar ]] || die "target/$jar (named in the jar's manifest) is missing: run mvn package"
  cp "target/$jar" "$out/input/$jar"
done

# Native code goes next to its jar, so nothing is unpacked at each start: JavaFX then loads
# its libraries from beside javafx-graphics (Windows: ../bin) instead of copying them into
# ~/.openjfx/cache, and sqlite-jdbc loads its library from the path the launcher gives it
# instead of copying it to the temp folder on every start.
fx_natives=$out/input/lib
[[ $os == win ]] && fx_natives=$out/input/bin && mkdir -p "$fx_natives"
fx_library_path=false
for jar in "$out"/input/lib/javafx-*.jar; do
  names=$("${bin}jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  [[ -z $names ]] && continue
  (cd "$fx_natives" && "${bin}jar" xf "$root/$jar" $names)
  # An AOT cache keeps the class path of its training run as the classes' code source, and
  # JavaFX finds "the folder of its jar" from that: on another machine it would miss the
  # libraries beside the jar and copy them from the jar into ~/.openjfx/cache. Without them in
  # the jar it takes them from java.library.path (set below). Linux only: on Windows JavaFX must
  # load its runtime DLLs itself, which it does only from its jar's folder or the jar.
  if $aot && [[ $os == linux ]]; then
    rm -rf "$out/tmp/fx" && mkdir -p "$out/tmp/fx"
    (cd "$out/tmp/fx" && "${bin}jar" xf "$root/$jar" && rm -f $names)
    rm "$jar"
    "${bin}jar" --create --file "$jar" --manifest "$out/tmp/fx/META-INF/MANIFEST.MF" -C "$out/tmp/fx" .
    fx_library_path=true
  fi
done
sqlite_opts=()
sqlite_jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar 2>/dev/null | head -1 || true)
if [[ -n $sqlite_jar ]]; then
  case $os in linux) dir=Linux;; mac) dir=Mac;; win) dir=Windows;; esac
  lib=$("${bin}jar" tf "$sqlite_jar" | grep -E "^org/sqlite/native/$dir/$arch/[^/]+\.(so|dylib|dll)$" | head -1 || true)
  if [[ -n $lib ]]; then
    (cd "$out/tmp" && "${bin}jar" xf "$root/$sqlite_jar" "$lib")
    cp "$out/tmp/$lib" "$out/input/lib/"
    sqlite_opts=(--java-options '-Dorg.sqlite.lib.path=$APPDIR/lib' --java-options "-Dorg.sqlite.lib.name=$(basename "$lib")")
    # The jar also carries the library for every other platform (13 MB); ours is beside it now.
    mkdir "$out/tmp/sqlite"
    (cd "$out/tmp/sqlite" && "${bin}jar" xf "$root/$sqlite_jar")
    rm -rf "$out/tmp/sqlite/org/sqlite/native" "$sqlite_jar"
    mv "$out/tmp/sqlite/META-INF/MANIFEST.MF" "$out/tmp/sqlite.mf"
    "${bin}jar" --create --file "$sqlite_jar" --manifest "$out/tmp/sqlite.mf" -C "$out/tmp/sqlite" .
  fi
fi

# 3. A runtime with only the modules the code uses. jdeps reads every jar we ship, not just what
#    today's code reaches, so a library that comes into use later is already covered. Named on
#    top: java.desktop (AWT, for PDF fonts and drawing the radar chart into the PDF), java.sql
#    (the SQLite store), jdk.unsupported (JavaFX and others use sun.misc.Unsafe). Left out on
#    purpose: jdk.crypto.ec and the other crypto/TLS providers (the app never goes on the
#    network), jdk.localedata (the app speaks English; dates format with the built-in English
#    and root locale data), jdk.charsets (files are UTF-8).
#    --compress=0, not 2: the package (.deb xz, .dmg, .msi cab) compresses the runtime itself and
#    far better than jlink's zip (the .deb comes out 11 MB smaller), and classes that need no
#    unzipping load faster. The cost is 26 MB more on disk once installed.
say "finding the modules the code uses (jdeps)"
modules=$("${bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  "$out/input/skillgap.jar" "$out"/input/lib/*.jar | tail -1)
modules=$(tr , '\n' <<<"$modules,java.desktop,java.sql,jdk.unsupported" | sort -u | paste -sd, -)
say "linking a runtime with $modules"
# JDK 21 renamed --compress=0 to zip-0 (and warns at the old name).
compress=0
((feature >= 21)) && compress=zip-0
"${bin}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=$compress --generate-cds-archive --output "$out/runtime"
# Only used with heaps over 32 GB; the default archive (classes.jsa) stays.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# 4. The app image: launcher + runtime + jars. The launcher passes its arguments on, so
#    `skillgap --version` and the other commands work from it.
common=(--name "$name" --app-version "$bundle_version" --vendor "SkillGap"
  --copyright "Copyright (c) $(date +%Y) SkillGap" --description "$description")
# On the JDK 17 runtime, only the quick C1 compiler: C2's compile threads compete with the start
# for the cores (about 80 ms sooner to the first frame and 8 MB less memory on two cores). With
# JDK 25's AOT cache C2 stays: C1 only started 6 % sooner (1214 against 1290 ms, 10 pairs each),
# but made a rating cost 23-24 ms of FX-thread work at p95 instead of 9-11 ms (bench/README.md).
java_opts=(--java-options -XX:MaxNewSize=32m "${sqlite_opts[@]}")
if $aot; then
  # The serial collector, as the JVM itself picks on a small machine: a desktop heap of tens of
  # MB needs no concurrent threads or remembered sets (CPU of a start 1.85x -> 1.69x of the bare
  # window, RSS lower). JDK 25 loads the cache's archived objects with it too; on JDK 17 (below)
  # only G1 can use the objects archived with the classes, so that runtime keeps G1.
  java_opts+=(--java-options -XX:+UseSerialGC)
  # The AOT cache is made below and ships in the package (it does not depend on the install
  # folder). A missing, stale or damaged cache never stops the app: the JVM says so and starts
  # without it. JVM messages go to stderr, so they never mix into `status --json` on stdout.
  java_opts+=(--java-options '-XX:AOTCache=$APPDIR/skillgap.aot'
    --java-options -Xlog:disable --java-options -Xlog:all=warning:stderr
    # JDK 24+ warns on stderr at every start that sqlite-jdbc loads native code and that JavaFX
    # uses sun.misc.Unsafe; both are known and wanted here.
    --java-options --enable-native-access=ALL-UNNAMED --java-options --sun-misc-unsafe-memory-access=allow)
  $fx_library_path && java_opts+=(--java-options '-Djava.library.path=$APPDIR/lib')
else
  java_opts+=(--java-options -XX:TieredStopAtLevel=1 --java-options -Xshare:auto)
  # The start-up archive is made at install time (see linux/postinst); a launcher asking for an
  # archive that is not there would run without the JDK's default one, so only Linux asks.
  [[ $os == linux ]] && java_opts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/skillgap.jsa')
fi
launchers=()
[[ $os == win ]] && launchers=(--add-launcher "skillgap-cli=$here/windows/skillgap-cli.properties")
say "making the app image"
"${bin}jpackage" --type app-image --dest "$out/image" "${common[@]}" \
  --input "$out/input" --main-jar skillgap.jar --main-class org.skillgap.app.Main \
  --runtime-image "$out/runtime" --icon "$icon" "${java_opts[@]}" "${launchers[@]}"
image=$(find "$out/image" -mindepth 1 -maxdepth 1 | head -1)

# 4b. Linux: bin/skillgap-start, what the menu entry and `skillgap` on the PATH run. It starts
#     the same runtime with the same options and class path as the jpackage launcher beside it
#     (written from that launcher's own config), without the queries that launcher makes at
#     every start to find out whether a package owns it (rpm -qf, dpkg -S, dpkg -L: 40-110 ms
#     here with 800 packages installed, more on a desktop with thousands).
if [[ $os == linux ]]; then
  cfg=$image/lib/app/$name.cfg
  start=$image/bin/$name-start
  {
    echo '#!/bin/sh'
    echo "# Starts SkillGap: the options and class path of $name.cfg, made by installer/build.sh."
    echo 'home=$(dirname "$(dirname "$(readlink -f "$0")")")'
    echo 'app=$home/lib/app'
    printf 'exec "$home/lib/runtime/bin/java"'
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r opt; do
      printf ' \\\n  "%s"' "${opt//\$APPDIR/\$app}"
    done
    printf ' \\\n  "-Djpackage.app-path=$home/bin/%s"' "$name"
    printf ' \\\n  -cp "%s"' "$(sed -n 's/^app\.classpath=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | paste -sd: -)"
    printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app\.mainclass=//p' "$cfg")"
  } >"$start"
  chmod 755 "$start"
fi

# 5. Start-up training: the packaged app is started once with its own runtime, class path and
#    options, as a person with all 39 skills rated (installer/training/rated-person.json, imported
#    into a throwaway data folder), so the run goes through the Assess screen a real start shows;
#    it closes after its first frame (-Dskillgap.exitAfterStart).
#    Java 25: the run writes the AOT cache (-XX:AOTCacheOutput), which ships in the package: it
#    holds the classes loaded and linked, and the method profiles of that start.
#    Java 17: it records the class list for the AppCDS archive made by linux/postinst (JDK 17 ties
#    an archive to the jars' exact paths), and a trial archive catches a bad list here.
train_start() {
  local cfg appdir app java xvfb="" data classpath opts timer=() record
  cfg=$(find "$image" -name "$name.cfg" | head -1)
  java=$(find "$image" -path '*/bin/java' -o -path '*/bin/java.exe' | head -1)
  [[ -n $cfg && -n $java ]] || { say "no launcher config or java in the image: no start-up training"; return 0; }
  appdir=$(cd "$(dirname "$cfg")" && pwd)
  app=$(native "$appdir")
  classpath=$(tr -d '\r' <"$cfg" | sed -n 's#^app\.classpath=\$APPDIR#'"$app"'#p' | paste -sd"$sep" -)
  mapfile -t opts < <(tr -d '\r' <"$cfg" | sed -n 's/^java-options=//p' | grep -v 'SharedArchiveFile\|AOTCache\|Xshare' \
    | sed "s#\\\$APPDIR#$app#g")
  if [[ $os == linux && -z ${DISPLAY:-} ]]; then
    command -v Xvfb >/dev/null || { say "no DISPLAY and no Xvfb: no start-up training (apt-get install xvfb)"; return 0; }
    export DISPLAY=:$((100 + RANDOM % 100))
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${DISPLAY#:} ]] && break; sleep 0.1; done
  fi
  command -v timeout >/dev/null && timer=(timeout 300)
  data=$(mktemp -d)
  if ! "$java" "${opts[@]}" -cp "$classpath" org.skillgap.app.Main --data-dir "$(native "$data")" \
      import "$(native "$root/$here/training/rated-person.json")" >"$out/tmp/training-import.log" 2>&1; then
    say "could not import the training person (see $out/tmp/training-import.log): training on the first-run screen"
  fi
  # An AOT cache records each jar's modification time, and the package loses it (jpackage's .deb
  # gives every file the time it was copied): the jars get one fixed time here, and the .deb's
  # postinst gives the installed ones the same (linux/postinst, JAR_TIME).
  if $aot; then find "$appdir" -name '*.jar' -exec touch -m -d "$jar_time" {} +; fi
  # Trained with C1 only, though the app runs with C2 too: a cache trained with C2 holds method
  # profiles that have C2 compile early, and on two cores that start was 1.44x the bare window
  # against 1.13x with this cache (bench/README.md, "third pass"). C2 still compiles later.
  if $aot; then record=(-XX:AOTCacheOutput="$app/skillgap.aot" -XX:TieredStopAtLevel=1); else record=(-XX:DumpLoadedClassList="$app/skillgap.classlist"); fi
  say "training run: the window opens on the Assess screen and closes by itself"
  # Started as from the menu: no arguments (the data folder comes from SKILLGAP_HOME).
  if ! SKILLGAP_HOME=$(native "$data") "${timer[@]}" "$java" "${opts[@]}" "${record[@]}" \
      -Dskillgap.exitAfterStart=true -cp "$classpath" org.skillgap.app.Main >"$out/tmp/training.log" 2>&1; then
    say "the training run failed (see $out/tmp/training.log): no start-up cache"
    rm -f "$appdir/skillgap.aot" "$appdir/skillgap.classlist"
  elif $aot; then
    # -XX:AOTMode=on refuses to start when the cache cannot be used, so a bad cache shows here.
    if "$java" -XX:AOTMode=on -XX:AOTCache="$app/skillgap.aot" "${opts[@]}" -cp "$classpath" org.skillgap.app.Main --version \
        >"$out/tmp/aot-check.log" 2>&1; then
      say "AOT cache: $(( ($(wc -c <"$appdir/skillgap.aot") + 1048575) / 1048576 )) MB"
    else
      say "the AOT cache does not load (see $out/tmp/aot-check.log): none shipped"
      rm -f "$appdir/skillgap.aot"
    fi
  elif ! "$java" -Xshare:dump -XX:SharedClassListFile="$app/skillgap.classlist" \
      -XX:SharedArchiveFile="$(native "$out/tmp/trial.jsa")" -cp "$classpath" >"$out/tmp/cds-dump.log" 2>&1; then
    say "a trial archive from the class list failed (see $out/tmp/cds-dump.log): no start-up archive"
    rm -f "$appdir/skillgap.classlist"
  else
    say "class list: $(wc -l <"$appdir/skillgap.classlist") lines"
  fi
  rm -rf "$data" "$out/tmp/trial.jsa"
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  return 0
}
if $cds && { $aot || [[ $os == linux ]]; }; then
  train_start
elif $cds; then
  say "no start-up archive on $os with Java $feature: AppCDS here is made at install, on Linux only; use a JDK 25"
fi

if $image_only; then
  say "app image: $image"
  exit 0
fi

# 6. The installer, from the app image.
case $os in
  linux)
    # prerm is jpackage's template with our steps added, and the template's placeholders changed:
    # JDK 17 fills in UTILITY_SCRIPTS, JDK 25 COMMON_SCRIPTS and DESKTOP_SCRIPTS (a placeholder
    # left unfilled is run as a command and fails the removal).
    resources=$out/tmp/linux-resources
    mkdir -p "$resources"
    cp "$here"/linux/* "$resources/"
    if ((feature >= 25)); then
      sed -i 's/^UTILITY_SCRIPTS$/COMMON_SCRIPTS\nDESKTOP_SCRIPTS/' "$resources/prerm"
    fi
    sed -i "s/JAR_TIME/$jar_time/" "$resources/postinst"
    pkg_opts=(--linux-package-name skillgap --linux-shortcut --linux-menu-group Office
      --linux-app-category misc --install-dir /opt --resource-dir "$resources");;
  mac) pkg_opts=(--mac-package-identifier org.skillgap.SkillGap --mac-package-name SkillGap);;
  win) pkg_opts=(--win-menu --win-menu-group SkillGap --win-shortcut --win-dir-chooser
         --win-upgrade-uuid 8f6c2b1e-4d3a-4b7e-9c55-2a7d1e0f9b31);;
esac
say "making the $type package"
"${bin}jpackage" --type "$type" --dest "$out" --app-image "$image" "${common[@]}" "${pkg_opts[@]}"
rm -rf "$out/tmp"

package=$(find "$out" -maxdepth 1 -type f -name "*.$type" | head -1)
if [[ $bundle_version != "$app_version" ]]; then
  mv "$package" "$out/$name-$app_version.$type"
  package=$out/$name-$app_version.$type
fi
size_mb=$(( ($(wc -c <"$package") + 1048575) / 1048576 ))
say "done: $package ($size_mb MB)"
