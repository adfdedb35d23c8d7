package org.skillgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.logging.Level;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.AppVersion;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.service.LanguageSetting;
import org.skillgap.store.AppLog;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;
import org.skillgap.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code skillgap} command: with no subcommand it opens the window; subcommands do the same
 * work from a terminal. Exit codes: 0 success, 2 bad usage or bad input, 1 unexpected failure.
 * Every command below it inherits {@code --help} and {@code --version} (the {@code scope}).
 */
@Command(name = "skillgap", scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = SkillGapCommand.Version.class,
        description = "Plan your path to IT Product Manager. With no command, opens the window.",
        subcommands = {HelpCommand.class, CatalogCommand.class, ProfileCommand.class, RateCommand.class,
                StatusCommand.class, HistoryCommand.class, PlanCommand.class, MarkCommand.class, ExportCommand.class,
                ImportCommand.class, PdfCommand.class, CalendarCommand.class, CertCommand.class, BackupCommand.class,
                RestoreCommand.class, PostingCommand.class, EvidenceCommand.class, ReviewCommand.class})
public class SkillGapCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The usage help in the languages other than English (resources/messages/cli-help_de.properties...);
     * the English is in the annotations.
     */
    static final String HELP_BUNDLE = "messages.cli-help";

    @Option(names = DATA_DIR_OPTION, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for your data (default: your user data folder, or $SKILLGAP_HOME).")
    Path dataDir;

    @Option(names = CATALOG_OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Use this catalog of skills and learning items instead of the built-in one.")
    Path catalogFile;

    /** The options a start that opens the window takes; named here once (JarRelaunch reads them too). */
    public static final String LANG_OPTION = "--lang";
    public static final String DATA_DIR_OPTION = "--data-dir";
    public static final String CATALOG_OPTION = "--catalog";

    /** Taken before any command runs (see {@link #execute}), so that all it says is in that language. */
    @Option(names = LANG_OPTION, paramLabel = "CODE", scope = ScopeType.INHERIT,
            description = "Language: en (English) or de (Deutsch); default: your system's, else English.")
    String languageCode;

    private final WindowOpener windowOpener;
    private final ProblemWindow problemWindow;
    private final Map<String, String> environment;
    private DataFolder dataFolder;
    private Catalog catalog;
    private Catalog translated;
    private Locale translatedInto;

    public SkillGapCommand(WindowOpener windowOpener, Map<String, String> environment) {
        this(windowOpener, ProblemWindow.NONE, environment);
    }

    /**
     * @param problemWindow shows why the window cannot open (an unusable data folder, a bad
     *                      catalog), besides the line on stderr
     */
    public SkillGapCommand(WindowOpener windowOpener, ProblemWindow problemWindow, Map<String, String> environment) {
        this.windowOpener = windowOpener;
        this.problemWindow = problemWindow;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // Resolve the data folder and a given catalog before any window exists, so a bad one is
        // reported here; the built-in one is read by the window while JavaFX starts.
        dataFolder();
        if (catalogFile != null) {
            catalog();
        }
        windowOpener.open(this);
        return OK;
    }

    /** The data folder, created (and its log started) on first use. */
    public synchronized DataFolder dataFolder() {
        if (dataFolder == null) {
            DataFolder folder = DataFolder.resolve(Optional.ofNullable(dataDir), environment);
            try {
                folder.ensureExists();
            } catch (IOException e) {
                // The message already says why and what to do.
                throw new BadInputException(e.getMessage(), e);
            }
            AppLog.startIn(folder);
            dataFolder = folder;
        }
        return dataFolder;
    }

    /**
     * The catalog in use: the built-in one, or the file given with {@code --catalog}, read once,
     * in the language messages are in (a translation beside it, see {@link Catalogs#inLanguage}).
     *
     * @throws BadInputException (a {@link org.skillgap.catalog.CatalogException}) listing every problem of a bad file
     */
    public synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = catalogFile == null ? Catalogs.bundled() : Catalogs.load(catalogFile);
        }
        Locale language = Messages.language();
        if (translated == null || !language.equals(translatedInto)) {
            // The window checks the catalog before it knows the language kept in its settings.
            translated = catalogFile == null ? Catalogs.bundled(language) : Catalogs.inLanguage(catalog, catalogFile, language);
            translatedInto = language;
        }
        return translated;
    }

    /** A command line with SkillGap's exit codes and one-line error messages. */
    public static CommandLine commandLine(WindowOpener windowOpener, Map<String, String> environment) {
        return commandLine(windowOpener, ProblemWindow.NONE, environment);
    }

    /** The same, showing why the window cannot open in {@code problemWindow} too. */
    public static CommandLine commandLine(WindowOpener windowOpener, ProblemWindow problemWindow,
                                          Map<String, String> environment) {
        CommandLine cmd = new CommandLine(new SkillGapCommand(windowOpener, problemWindow, environment));
        cmd.setParameterExceptionHandler(new BadUsage());
        cmd.setExecutionExceptionHandler(SkillGapCommand::onFailure);
        cmd.setExecutionStrategy(SkillGapCommand::execute);
        return cmd;
    }

    /**
     * Runs what was asked for: every command but the window without a screen, and an
     * {@link Error} reported like any other failure (picocli hands only Exceptions to
     * {@link #onFailure}; an Error would end in a stack trace, or in nothing at all).
     */
    private static int execute(CommandLine.ParseResult parsed) {
        if (!useLanguage(parsed)) {
            return BAD_INPUT;
        }
        helpInLanguage(parsed.commandSpec().commandLine(), Messages.language());
        if (!opensTheWindow(parsed)) {
            // Before anything loads AWT (the PDF's radar is drawn with Java2D): with DISPLAY naming an
            // X server that is gone, as in a stale ssh session, AWT would otherwise fail on first use.
            System.setProperty("java.awt.headless", "true");
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            return failed(e, parsed.commandSpec().commandLine().getErr());
        }
    }

    /**
     * Speaks the language asked for with {@code --lang}, or says which there are (bad usage, exit
     * 2) and returns false; before anything is read, so the messages, the catalog's texts and the
     * PDF are in it.
     */
    private static boolean useLanguage(CommandLine.ParseResult parsed) {
        String code = ((SkillGapCommand) parsed.commandSpec().userObject()).languageCode;
        if (code == null) {
            return true;
        }
        Optional<Locale> language = Messages.language(code);
        if (language.isEmpty()) {
            List<CommandLine> commands = parsed.asCommandLineList();
            BadUsage.report(commands.get(commands.size() - 1),
                    Messages.get("cli.language.unknown", code, Messages.languageList()));
            return false;
        }
        Messages.use(language.get());
        return true;
    }

    /**
     * The usage help (--help, help) in {@code language}, for the root command and every subcommand
     * below it. Picocli reads the texts when it prints them, so setting them after parsing is in time.
     */
    static void helpInLanguage(CommandLine root, Locale language) {
        if (!language.equals(Locale.ENGLISH)) {
            root.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** Only the bare command opens the window; a subcommand, --help and --version do not. */
    private static boolean opensTheWindow(CommandLine.ParseResult parsed) {
        return !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
    }

    /**
     * The language saved in the data folder (View > Language), for a command line picocli refused
     * before any command opened the data: read only when the data file is there, and empty when it
     * cannot be read (that is said when a command opens it).
     */
    Optional<String> savedLanguage(String[] args) {
        try {
            Optional<Path> given = optionValue(args, DATA_DIR_OPTION).map(Path::of).or(() -> Optional.ofNullable(dataDir));
            Path database = DataFolder.resolve(given, environment).database();
            if (!Files.isRegularFile(database)) {
                return Optional.empty();
            }
            try (SkillGapStore store = SkillGapStore.open(database)) {
                return store.setting(LanguageSetting.KEY);
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The value of {@code --name VALUE} or {@code --name=VALUE} anywhere before "--": for a line
     * picocli refused, which has set only the options before the word it stopped at.
     */
    static Optional<String> optionValue(String[] args, String name) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof BadInputException) {
            err.println(Messages.get("cli.badInput", e.getMessage()));
            err.flush();
            if (cmd.getCommandSpec().userObject() instanceof SkillGapCommand root) {
                // The bare command failed: the window was asked for, perhaps from a desktop launcher
                // where no one reads stderr.
                root.problemWindow.show(e.getMessage());
            }
            return BAD_INPUT;
        }
        if (e instanceof StoreException refused) {
            // A data file that cannot be used is something the person can act on, as its message says.
            AppLog.logger(SkillGapCommand.class).log(Level.WARNING, "Data file refused", e);
            err.println(Messages.get("cli.badInput", e.getMessage()) + newestBackupHint(cmd, refused));
            err.flush();
            return BAD_INPUT;
        }
        return failed(e, err);
    }

    /**
     * An unexpected failure, Exception or Error: the stack trace to the log, one line to the person
     * that names the log file.
     */
    public static int failed(Throwable e, PrintWriter err) {
        try {
            AppLog.logger(SkillGapCommand.class).log(Level.SEVERE, "Command failed", e);
        } catch (RuntimeException | Error unlogged) {
            e.addSuppressed(unlogged);
        }
        Path log = AppLog.file();
        String message = whatWentWrong(e);
        err.println(log == null
                ? Messages.get("cli.failure.noLog", message)
                : Messages.get("cli.failure", message, log));
        err.flush();
        return FAILURE;
    }

    /**
     * An exception's message is written for people; an Error's (a missing class, no memory, no
     * screen) is terse, so its kind goes first. Without a trailing full stop: the sentence adds one.
     */
    private static String whatWentWrong(Throwable e) {
        String message = e instanceof UncheckedIOException io && io.getCause() != null
                ? io.getCause().getMessage() : e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        message = message.strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return e instanceof Error ? kind + ": " + message : message;
    }

    /**
     * For a file that can never be opened as it is (damaged, another program's, from a newer
     * SkillGap), names the backup that would bring the data back, so the person need not look for it.
     */
    private static String newestBackupHint(CommandLine cmd, StoreException refused) {
        if (refused.kind() != StoreException.Kind.CORRUPT && refused.kind() != StoreException.Kind.NOT_SKILLGAP
                && refused.kind() != StoreException.Kind.NEWER_VERSION) {
            return "";
        }
        if (!(cmd.getCommandSpec().root().userObject() instanceof SkillGapCommand root) || root.dataFolder == null) {
            return "";
        }
        try {
            return Backups.newest(root.dataFolder).map(b -> " " + Messages.get("cli.store.newestBackup", b)).orElse("");
        } catch (RuntimeException unreadable) {
            // The hint is a help, not a must: without it the message still says what to do.
            return "";
        }
    }

    /** Reads the version Maven stamped into the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SkillGap " + AppVersion.get()};
        }
    }
}
