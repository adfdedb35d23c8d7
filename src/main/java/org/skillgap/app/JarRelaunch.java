package org.skillgap.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.skillgap.cli.SkillGapCommand;

/**
 * How {@code java -jar skillgap.jar} starts the app again in a JVM with the options a jar cannot
 * give itself: {@code java -jar} takes no JVM options from the jar's manifest, and on JDK 17 the
 * defaults cost the jar more than half of its start (bench/README.md, "The jar starts itself
 * again"):
 * <ul>
 * <li>C1 only ({@code -XX:TieredStopAtLevel=1}): C2 compiled for 5.5 s of CPU in a 3 s start;</li>
 * <li>the serial collector with a small young generation, as the installed app, and a small first
 * heap: less memory;</li>
 * <li>an archive of the classes a start loads (AppCDS, a dynamic archive), kept in the user's
 * cache folder. The first window start records it when the app ends; every later start maps it.
 * Its name carries the runtime and each jar's size and time, so a new jar or JDK records a new
 * one instead of being refused by the old (and the old one is deleted).</li>
 * </ul>
 * The person's own JVM options come after these, so theirs win. Nothing here reads a data file.
 * <p>
 * This runs in the first JVM, which waits beside the app for as long as it runs: it is written
 * without lambdas, {@code +} on strings or {@code String.format}, each of which would load and
 * spin classes there (the memory it keeps counts in the app's, bench/README.md).
 */
final class JarRelaunch {

    /** Set on the second JVM, so it runs the app instead of starting a third. */
    static final String RELAUNCHED = "skillgap.relaunched";
    /** {@code -Dskillgap.relaunch=false} keeps the app in the first JVM. */
    static final String RELAUNCH = "skillgap.relaunch";

    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            // A small first heap: a start keeps about 18 MB alive, and a large old generation would
            // fill with the start's garbage instead of being compacted (6 MB less at the peak).
            "-XX:MaxNewSize=32m", "-Xms64m",
            // CDS's notes ("class not supported", "archive made by another jar") would reach the
            // terminal, on stdout, where a command's JSON goes.
            "-Xlog:cds*=off");

    /**
     * The options a window start is given from the command line, each with a value. Constants,
     * so this small JVM does not load the command line's classes to read them.
     */
    private static final Set<String> WINDOW_OPTIONS = Set.of(SkillGapCommand.DATA_DIR_OPTION,
            SkillGapCommand.LANG_OPTION, SkillGapCommand.CATALOG_OPTION);

    private JarRelaunch() {
    }

    /** The second JVM's command line, and the archive it records, if it records one. */
    record Child(List<String> command, Optional<Recording> recording) {
    }

    /** The child writes the archive to {@code part}; it is moved to {@code archive} once the child ended well. */
    record Recording(Path part, Path archive) {
    }

    /** What this JVM was started as, and where it runs. */
    record Start(Path java, List<String> commandLine, List<String> appArgs, Optional<Path> appJar,
                 Optional<Path> cacheFolder, String runtime, long pid) {
    }

    /**
     * The child to start, or empty to run the app in this JVM: when this is the child already, the
     * person asked for one JVM, the command line cannot be read (Windows), or it does not end in
     * the app's own arguments (Java reads back only about 4 KB of it: a long class path is cut).
     *
     * @param start       {@code commandLine} is every argument after the java executable
     * @param relaunched  the {@link #RELAUNCHED} property
     * @param relaunch    the {@link #RELAUNCH} property
     */
    static Optional<Child> child(Start start, String relaunched, String relaunch) {
        if (Boolean.parseBoolean(relaunched) || "false".equalsIgnoreCase(relaunch)) {
            return Optional.empty();
        }
        List<String> line = start.commandLine();
        List<String> args = start.appArgs();
        if (line.size() <= args.size() || !line.subList(line.size() - args.size(), line.size()).equals(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(start.java().toString());
        command.addAll(OPTIONS);
        Optional<Recording> recording = Optional.empty();
        if (start.appJar().isPresent() && start.cacheFolder().isPresent()) {
            Path archive = start.cacheFolder().get().resolve(
                    "skillgap-".concat(key(start.appJar().get(), start.runtime())).concat(".jsa"));
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=".concat(archive.toString()));
            } else if (opensWindow(args)) {
                // Written aside, with this process's number: two first starts never share a file.
                Path part = archive.resolveSibling(archive.getFileName().toString()
                        .concat(".").concat(Long.toString(start.pid())).concat(".part"));
                recording = Optional.of(new Recording(part, archive));
                command.add("-XX:ArchiveClassesAtExit=".concat(part.toString()));
            }
        }
        command.add("-D".concat(RELAUNCHED).concat("=true"));
        command.addAll(line);
        return Optional.of(new Child(List.copyOf(command), recording));
    }

    /**
     * Whether these arguments open the window (no command, only the options a window start
     * takes). Only such a start records the archive: a command's classes are not the window's.
     */
    static boolean opensWindow(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!WINDOW_OPTIONS.contains(name)) {
                return false;
            }
            if (!arg.contains("=")) {
                i++;
            }
        }
        return true;
    }

    /**
     * Keeps a recorded archive once the child has ended well, and deletes the archives of older
     * jars or runtimes; a failed or cut-short recording is deleted instead. Never fails: without
     * an archive the next start records again.
     */
    static void keepRecording(Recording done, int exitCode) {
        Path recording = done.part();
        Path archive = done.archive();
        try {
            if (exitCode == 0 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent())) {
                    for (Path file : old) {
                        String name = file.getFileName().toString();
                        if (name.startsWith("skillgap-") && name.endsWith(".jsa") && !file.equals(archive)) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException | RuntimeException e) {
            // The cache is only a speed-up; a start without it is as correct.
        }
    }

    /**
     * A short name for the runtime and the jar with its libraries as they are now. An archive is
     * usable only with the very jars it was made from; the JVM checks their sizes and times, and
     * refuses it silently otherwise, so those go into its name.
     */
    static String key(Path jar, String runtime) {
        StringBuilder what = new StringBuilder(runtime);
        Set<Path> jars = new TreeSet<>();
        jars.add(jar);
        try (DirectoryStream<Path> libs = Files.newDirectoryStream(jar.resolveSibling("lib"))) {
            for (Path lib : libs) {
                if (lib.getFileName().toString().endsWith(".jar")) {
                    jars.add(lib);
                }
            }
        } catch (IOException e) {
            // A jar with no lib folder beside it: its name and size are the key.
        }
        for (Path file : jars) {
            what.append('\n').append(file.toAbsolutePath());
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                what.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                what.append(" missing");
            }
        }
        // FNV-1a, 64 bits: MessageDigest would load the security providers into this small JVM.
        long hash = 0xcbf29ce484222325L;
        for (byte b : what.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
