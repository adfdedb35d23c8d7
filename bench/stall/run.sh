#!/usr/bin/env bash
# The longest FX-thread wait while another program holds the data file's write lock, headless
# (Monocle, software rendering; no display needed). Run by hand from anywhere:
#   bench/stall/run.sh                 # both modes, 20 s each, lock held 2 s of every 2.5 s
#   bench/stall/run.sh service 60 4000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
monocle="$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar"

mvn -B -q -f "$top/pom.xml" -DskipTests package
if [ ! -f "$monocle" ]; then
    mvn -B -q dependency:get -Dartifact=org.testfx:openjfx-monocle:17.0.10
fi
cp="$top/target/classes:$top/target/lib/*:$monocle"
rm -rf "$here/target" && mkdir -p "$here/target/classes"
javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" -name '*.java')

run() {
    java -Xmx512m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
        -Djava.awt.headless=true -cp "$here/target/classes:$cp" org.skillgap.bench.stall.StallWhileCommandLineWrites "$@"
}
if [ $# -gt 0 ]; then
    run "$@"
else
    run service
    run fx-thread
fi
