package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;
import dev.trusty.dockerfile.syntax.WordLexer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * BuildKit UndefinedVar: a variable the builder expands (ADD, COPY and their --chown/--chmod/--checksum,
 * ENV, LABEL, EXPOSE, STOPSIGNAL, USER, VOLUME, WORKDIR, ARG defaults; not RUN, CMD, ENTRYPOINT or
 * HEALTHCHECK, which the shell expands) that no earlier ARG or ENV of the stage, its parent stages or its
 * base image defines. {@code ${x:-d}}, {@code ${x+y}} and {@code ${x?msg}} say what happens when x is unset
 * and do not count; an ARG without a default defines its name.
 *
 * <p>When the base image's env is unknown (an image, linted offline or missing from the engine's store)
 * the base may define any name, so only two kinds of reference are reported: a near miss of a name the
 * file defines in scope (a typo: {@code $APP_HOEM} with {@code ENV APP_HOME}), and a global or automatic
 * platform ARG the stage never declared (it expands to nothing there). Names common base images set
 * (HOME, JAVA_HOME, NODE_VERSION...) stay silent even then.
 */
public final class UndefinedVar extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD115", "Undefined variable in an instruction the builder expands", Severity.MEDIUM)
            .buildkit("UndefinedVar")
            .why("The builder expands an undefined variable to an empty string without a word: a typo or a global "
                    + "ARG not redeclared in the stage silently yields a wrong path, user or value. Names are checked "
                    + "against the ARGs and ENVs before the instruction and the base image's env; when the base image "
                    + "is unknown (linting offline, or missing from the engine's image store with --base-images=engine) "
                    + "only near misses of names the file defines and undeclared global or platform ARGs are reported, "
                    + "as the base image may define any other name.")
            .fix("Fix the name, declare it with ARG or ENV before use (global ARGs need 'ARG NAME' again inside the "
                    + "stage), or give a fallback with ${NAME:-default}.");

    /** Defined for every build: BuildKit's predefined proxy and BUILDKIT_* ARGs, and the reproducible-build epoch. */
    static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY",
            "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy", "SOURCE_DATE_EPOCH",
            "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX",
            "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_SBOM_SCAN_CONTEXT",
            "BUILDKIT_SBOM_SCAN_STAGE", "BUILDKIT_DOCKERFILE_CHECK");

    /** Variables common base images set; never reported when the base image is unknown. */
    static final Set<String> COMMON_BASE_ENV = Set.of("HOME", "HOSTNAME", "USER", "SHELL", "TERM", "PWD", "TZ",
            "LANG", "LANGUAGE", "LC_ALL", "LD_LIBRARY_PATH", "LIBRARY_PATH", "DEBIAN_FRONTEND",
            "JAVA_HOME", "JAVA_VERSION", "JDK_VERSION", "JRE_HOME", "MAVEN_HOME", "MAVEN_CONFIG", "GRADLE_HOME",
            "GRADLE_VERSION", "CATALINA_HOME", "TOMCAT_VERSION", "TOMCAT_MAJOR",
            "GOPATH", "GOROOT", "GOLANG_VERSION", "GOTOOLCHAIN", "NODE_VERSION", "NODE_ENV", "YARN_VERSION",
            "PYTHON_VERSION", "PYTHON_SHA256", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "PIP_NO_CACHE_DIR",
            "GPG_KEY", "RUBY_VERSION", "RUBY_MAJOR", "GEM_HOME", "BUNDLE_PATH", "BUNDLE_APP_CONFIG",
            "BUNDLE_SILENCE_ROOT_WARNING", "RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION", "PHP_VERSION", "PHP_INI_DIR",
            "PHPIZE_DEPS", "NGINX_VERSION", "NJS_VERSION", "PKG_RELEASE", "HTTPD_PREFIX", "HTTPD_VERSION",
            "DOTNET_VERSION", "ASPNET_VERSION", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "APP_UID",
            "DOTNET_RUNNING_IN_CONTAINER", "CUDA_VERSION", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES",
            "CONDA_DIR", "OTP_VERSION", "ELIXIR_VERSION", "PG_MAJOR", "PG_VERSION", "PGDATA", "MYSQL_MAJOR",
            "MYSQL_VERSION", "MARIADB_VERSION", "REDIS_VERSION", "MONGO_VERSION", "ALPINE_VERSION");

    public UndefinedVar() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        new Walk(ctx, out).run();
    }

    /** The instructions whose words the builder expands (see {@link Walk#checkWords}), and ARG for its defaults. */
    private static final long EXPANDED = Vocabulary.keywordBits("arg", "env", "label", "add", "copy", "expose",
            "stopsignal", "user", "volume", "workdir");
    private static final int ARG = Vocabulary.keyword("arg");
    private static final int ENV = Vocabulary.keyword("env");
    private static final int LABEL = Vocabulary.keyword("label");
    private static final int ADD = Vocabulary.keyword("add");
    private static final int COPY = Vocabulary.keyword("copy");

    /**
     * One file, stage by stage, in a single walk. The stage bases and global ARGs are resolved only when an
     * instruction needs them (a {@code $} to look up, or an ARG without a default), and nothing is allocated
     * for instructions without a {@code $}: most instructions of a typical file.
     */
    private static final class Walk {
        private final LintContext ctx;
        private final FindingSink out;
        private final char escape;
        /** Each stage's scope by stage index; a stage's scope is final once the walk has left the stage. */
        private final Scope[] scopes;
        private StageBases.Resolved resolved;
        private WordLexer lexer;
        /** The names reported on {@link #reportedOn}; null until the first finding. */
        private List<String> reported;
        private Instruction reportedOn;

        Walk(LintContext ctx, FindingSink out) {
            this.ctx = ctx;
            this.out = out;
            this.escape = ctx.dockerfile().escapeToken();
            this.scopes = new Scope[ctx.stages().size()];
        }

        void run() {
            for (Stage stage : ctx.stages()) {
                Scope scope = new Scope();
                scopes[stage.index()] = scope;
                if (resolved != null) {
                    link(stage);
                }
                for (Instruction i : stage.instructions()) {
                    int id = Vocabulary.keyword(i.command());
                    if (id < 0 || (EXPANDED >>> id & 1) == 0) {
                        continue; // RUN, CMD...: the shell expands them, and they declare nothing
                    }
                    boolean expands = i.original().indexOf('$') >= 0;
                    if (id == ARG) {
                        declareArgs(i, scope, expands);
                        continue;
                    }
                    if (expands) {
                        checkWords(i, id, scope);
                    }
                    if (id == ENV) { // after all its words: ENV a=1 b=$a sees the a from before
                        List<Arg> args = i.args();
                        for (int k = 0; k + 2 < args.size(); k += 3) {
                            scope.addEnv(args.get(k).value());
                        }
                    }
                }
            }
        }

        /** Each name of an ARG is defined for the defaults after it. */
        private void declareArgs(Instruction i, Scope scope, boolean expands) {
            for (Arg a : i.args()) {
                String value = a.value();
                int eq = value.indexOf('=');
                if (eq >= 0 && expands && value.indexOf('$', eq + 1) >= 0) {
                    check(i, value.substring(eq + 1), a.span(), scope);
                }
                String name = Variables.argName(value);
                scope.declareArg(name, eq >= 0 || resolved().meta().get(name) != null);
            }
        }

        /**
         * The words of {@code i} (keyword {@code id}, one of {@link #EXPANDED} but ARG) that BuildKit expands with
         * the stage's variables. Dispatched on the keyword id the walk already has, not on the command string.
         */
        private void checkWords(Instruction i, int id, Scope scope) {
            List<Arg> args = i.args();
            if (id == ENV || id == LABEL) { // (key, value, separator) triples
                for (int k = 0; k + 2 < args.size(); k += 3) {
                    check(i, args.get(k), scope);
                    check(i, args.get(k + 1), scope);
                }
                return;
            }
            if (id == ADD || id == COPY) {
                for (Flag f : i.flags()) {
                    if (f.value() != null && (f.name().equals("chown") || f.name().equals("chmod")
                            || f.name().equals("checksum") && id == ADD)) {
                        check(i, f.value(), f.span(), scope);
                    }
                }
            }
            for (Arg a : args) { // ADD, COPY, EXPOSE, STOPSIGNAL, USER, VOLUME, WORKDIR
                check(i, a, scope);
            }
        }

        private void check(Instruction i, Arg word, Scope scope) {
            check(i, word.value(), word.span(), scope);
        }

        private void check(Instruction i, String word, Span span, Scope scope) {
            if (word.indexOf('$') < 0) {
                return;
            }
            resolved(); // before the first lookup: it links the scopes to their parents and base images
            List<String> names = plainUndefined(word, escape, scope);
            if (names == null) {
                names = lexedUndefined(word, scope);
            }
            if (names.isEmpty()) {
                return;
            }
            if (reportedOn != i) {
                reportedOn = i;
                if (reported != null) {
                    reported.clear();
                }
            }
            for (String name : names) {
                String message = reported != null && reported.contains(name) ? null
                        : message(name, scope, resolved.meta());
                if (message != null) {
                    if (reported == null) {
                        reported = new ArrayList<>(4);
                    }
                    reported.add(name);
                    out.report(INFO, ctx.at(i, span), message);
                }
            }
        }

        /** {@link #plainUndefined} for any word, with BuildKit's lexer. */
        private List<String> lexedUndefined(String word, Scope scope) {
            if (lexer == null) {
                lexer = new WordLexer(escape);
            }
            try {
                lexer.processWord(word, name -> scope.inEnv(name) ? "" : null);
            } catch (ExpansionException e) {
                return List.of(); // reported as an instruction BuildKit rejects
            }
            if (!lexer.hasUnsetNames()) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String name : lexer.unsetNames()) {
                if (isIdentifier(name) && !scope.inArgs(name) && !PREDEFINED.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }

        /** The stage bases and global ARGs, resolved on first use; the scopes walked so far get their bases then. */
        private StageBases.Resolved resolved() {
            if (resolved == null) {
                resolved = StageBases.resolve(ctx);
                for (Stage stage : ctx.stages()) {
                    if (scopes[stage.index()] == null) {
                        break;
                    }
                    link(stage);
                }
            }
            return resolved;
        }

        /** Chains the stage's scope to the stage it is built on, or roots it in its base image's env. */
        private void link(Stage stage) {
            List<StageBases.Base> bases = resolved.bases();
            StageBases.Base base = bases.get(stage.index());
            Scope scope = scopes[stage.index()];
            scope.parent = base.parent() == null ? null : scopes[base.parent().index()];
            scope.baseEnv = base.image() == null ? Set.of() : base.image().env().keySet();
            scope.baseKnown = base.envKnown(bases);
        }
    }

    /**
     * The names {@code word} references that {@code defined} lacks (BuildKit's predefined ARGs aside), in
     * order and once each, read without BuildKit's lexer when the word is plain: every {@code $} starts a
     * {@code $NAME} or {@code ${NAME}} and, when a name is missing, the word has no single quote and no escape
     * and its double quotes pair up (a lone one makes the lexer fail, and then nothing is reported). An empty
     * list when every name is defined: quotes cannot matter then, as the lexer looks names up only at a
     * {@code $}. Null when the lexer must decide (operators, positional or non-ASCII names, a lone {@code $}).
     * Most words are plain, and the lexer costs far more than this scan.
     */
    static List<String> plainUndefined(String word, char escape, Predicate<String> defined) {
        List<String> missing = List.of();
        int n = word.length();
        for (int p = word.indexOf('$'); p >= 0; p = word.indexOf('$', p + 1)) {
            boolean braced = p + 1 < n && word.charAt(p + 1) == '{';
            int start = braced ? p + 2 : p + 1;
            int end = start < n && Variables.nameStart(word.charAt(start)) ? Variables.nameEnd(word, start) : start;
            if (end == start || end < n && word.charAt(end) >= 128 || braced && (end >= n || word.charAt(end) != '}')) {
                return null;
            }
            String name = word.substring(start, end);
            if (!defined.test(name) && !PREDEFINED.contains(name) && !missing.contains(name)) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>(2);
                }
                missing.add(name);
            }
        }
        return missing.isEmpty() || plainQuoting(word, escape) ? missing : null;
    }

    /** No single quote, no escape token, and an even number of double quotes: the lexer then reads every {@code $}. */
    private static boolean plainQuoting(String word, char escape) {
        if (word.indexOf('\'') >= 0 || word.indexOf(escape) >= 0) {
            return false;
        }
        int quotes = 0;
        for (int p = word.indexOf('"'); p >= 0; p = word.indexOf('"', p + 1)) {
            quotes++;
        }
        return quotes % 2 == 0;
    }

    private static boolean isIdentifier(String name) {
        return !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
    }

    /**
     * BuildKit's message, with a near name or a hint for a global ARG the stage did not declare; null when the
     * base image's env is unknown and may define {@code name}: only references that are wrong whatever it
     * defines are reported then (a common base-image name never, a global ARG or a near miss always).
     */
    private static String message(String name, Scope scope, Map<String, String> globals) {
        if (!scope.baseKnown && COMMON_BASE_ENV.contains(name)) {
            return null;
        }
        if (globals.containsKey(name)) { // one concatenation: most findings of typical files are this one
            return "Usage of undefined variable '$" + name + "': "
                    + (StageBases.PLATFORM_ARGS.contains(name) ? "the automatic platform ARG " : "the global ARG ")
                    + name + " is in scope in a stage only after 'ARG " + name + "' there";
        }
        String near = nearest(name, scope.names());
        if (near != null) {
            return "Usage of undefined variable '$" + name + "' (did you mean $" + near + "?)";
        }
        return scope.baseKnown ? "Usage of undefined variable '$" + name + "'" : null;
    }

    /**
     * The defined name closest to {@code name}, ignoring case: only a difference of case for names shorter
     * than 4 characters, one edit up to 7, two beyond (a swap of neighbours counts as one); or null.
     */
    static String nearest(String name, Iterable<String> options) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = name.length() < 4 ? 0 : name.length() < 8 ? 1 : 2;
        String best = null;
        int bestDistance = limit + 1;
        for (String option : options) {
            int d = distance(lower, option.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance && !option.equals(name)) {
                best = option;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps); anything at or above {@code cap} is cap. */
    private static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) {
            return cap;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(cap, d[a.length()][b.length()]);
    }

    /**
     * The names the builder sees at one point of a stage: the env (base image env, ENV, and ARGs with a
     * value, which BuildKit adds to the env) and every declared ARG (with or without a value). Both pass
     * on to stages built FROM this one, so a scope reads through to the final scope of its parent stage
     * rather than copying it. PATH is always there: BuildKit sets a default when the base has none.
     */
    private static final class Scope implements Predicate<String> {
        /** The final scope of the stage this one is built on, or null for a stage on an image. */
        Scope parent;
        /** The base image's env names (a root scope only). */
        Set<String> baseEnv = Set.of();
        boolean baseKnown;
        /** What this stage adds; null until it adds something. */
        private Names env;
        private Names args;

        boolean inEnv(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.env != null && s.env.contains(name)) {
                    return true;
                }
                if (s.parent == null) {
                    return name.equals("PATH") || s.baseEnv.contains(name);
                }
            }
            return false;
        }

        boolean inArgs(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.args != null && s.args.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Defined: in the env or a declared ARG. */
        @Override
        public boolean test(String name) {
            return inEnv(name) || inArgs(name);
        }

        /** Every name in scope: the ARGs, then the env, each from the root stage down (for suggestions). */
        Set<String> names() {
            List<Scope> chain = new ArrayList<>();
            for (Scope s = this; s != null; s = s.parent) {
                chain.addFirst(s);
            }
            Set<String> all = new LinkedHashSet<>();
            for (Scope s : chain) {
                if (s.args != null) {
                    s.args.addAllTo(all);
                }
            }
            all.addAll(chain.getFirst().baseEnv);
            all.add("PATH");
            for (Scope s : chain) {
                if (s.env != null) {
                    s.env.addAllTo(all);
                }
            }
            return all;
        }

        void addEnv(String name) {
            if (env == null) {
                env = new Names();
            }
            env.add(name);
        }

        /** An ARG defines its name; with a value (its own or the global one) it is in the env too. */
        void declareArg(String name, boolean hasValue) {
            if (args == null) {
                args = new Names();
            }
            args.add(name);
            if (hasValue) {
                addEnv(name);
            }
        }
    }

    /**
     * Names in the order added, without repeats. A stage adds a few, so an array is searched; a hash index
     * is built only once there are many.
     */
    private static final class Names {
        private String[] inOrder = new String[4];
        private int size;
        private Set<String> index;

        boolean contains(String name) {
            if (index != null) {
                return index.contains(name);
            }
            for (int k = 0; k < size; k++) {
                if (inOrder[k].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        void add(String name) {
            if (contains(name)) {
                return;
            }
            if (size == inOrder.length) {
                inOrder = Arrays.copyOf(inOrder, size * 2);
            }
            inOrder[size++] = name;
            if (index != null) {
                index.add(name);
            } else if (size > 8) {
                index = new HashSet<>(Arrays.asList(inOrder).subList(0, size));
            }
        }

        void addAllTo(Set<String> all) {
            for (int k = 0; k < size; k++) {
                all.add(inOrder[k]);
            }
        }
    }
}
