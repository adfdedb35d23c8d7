# Sourced by the headless JavaFX benchmarks (bench/ui, bench/stall): builds the app, fetches
# Monocle, compiles the benchmark's own sources from "$here/src" and defines
#   headless_java MAIN_CLASS ARGS...   (JAVA_EXTRA adds JVM options)
# Needs $here (the benchmark's folder) set by the caller.
top="$(cd "$here/../.." && pwd)"
monocle="$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar"

mvn -B -q -f "$top/pom.xml" -DskipTests package
if [ ! -f "$monocle" ]; then
    mvn -B -q dependency:get -Dartifact=org.testfx:openjfx-monocle:17.0.10
fi
cp="$top/target/classes:$top/target/lib/*:$monocle"
rm -rf "$here/target" && mkdir -p "$here/target/classes"
javac -d "$here/target/classes" -cp "$cp" $(find "$here/src" -name '*.java')

headless_java() {
    java -Xmx512m ${JAVA_EXTRA:-} -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
        -Djava.awt.headless=true -cp "$here/target/classes:$cp" "$@"
}
