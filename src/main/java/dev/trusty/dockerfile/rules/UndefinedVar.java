package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.WordLexer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        if (!expandsAnything(ctx)) {
            return; // no variable to look up: most files, and no need for scopes or stage bases
        }
        StageBases.Resolved resolved = StageBases.resolve(ctx);
        Map<String, String> globals = resolved.meta();
        Map<Stage, StageBases.Base> bases = resolved.bases();
        Map<Stage, Scope> finalScopes = new IdentityHashMap<>();
        WordLexer lexer = new WordLexer(ctx.dockerfile().escapeToken());
        List<String> reported = new ArrayList<>(4); // the names reported on the current instruction
        for (Stage stage : ctx.stages()) {
            StageBases.Base base = bases.get(stage);
            Scope parent = base.parent() == null ? null : finalScopes.get(base.parent());
            Scope scope = parent != null ? parent.copy()
                    : new Scope(base.image() == null ? Set.of() : base.image().env().keySet());
            boolean baseKnown = base.envKnown(bases);
            for (Instruction i : stage.instructions()) {
                if (!expanded(i)) {
                    continue; // RUN, CMD...: the shell expands them, and they declare nothing
                }
                boolean expands = i.original().indexOf('$') >= 0;
                reported.clear();
                if (i.is("arg")) { // each name is defined for the defaults after it
                    for (Arg a : i.args()) {
                        int eq = a.value().indexOf('=');
                        if (eq >= 0 && expands) {
                            check(ctx, i, new Arg(a.value().substring(eq + 1), a.span()), scope, baseKnown, globals,
                                    lexer, reported, out);
                        }
                        String name = Variables.argName(a.value());
                        scope.declareArg(name, eq >= 0 || globals.get(name) != null);
                    }
                    continue;
                }
                if (expands) {
                    for (Arg word : expandedWords(i)) {
                        check(ctx, i, word, scope, baseKnown, globals, lexer, reported, out);
                    }
                }
                if (i.is("env")) { // after all its words: ENV a=1 b=$a sees the a from before
                    i.keyValues().forEach(kv -> scope.env.add(kv.key().value()));
                }
            }
            finalScopes.put(stage, scope);
        }
    }

    /** True when an instruction of a stage that this rule reads has a {@code $}. */
    private static boolean expandsAnything(LintContext ctx) {
        for (Stage stage : ctx.stages()) {
            for (Instruction i : stage.instructions()) {
                if (expanded(i) && i.original().indexOf('$') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The instructions whose words the builder expands (see {@link #expandedWords}), and ARG for its defaults. */
    private static final long EXPANDED = Vocabulary.keywordBits("arg", "env", "label", "add", "copy", "expose",
            "stopsignal", "user", "volume", "workdir");

    private static boolean expanded(Instruction i) {
        int id = Vocabulary.keyword(i.command());
        return id >= 0 && (EXPANDED >>> id & 1) != 0;
    }

    private static void check(LintContext ctx, Instruction i, Arg word, Scope scope, boolean baseKnown,
                              Map<String, String> globals, WordLexer lexer, List<String> reported, FindingSink out) {
        for (String name : undefined(lexer, word.value(), scope)) {
            String message = reported.contains(name) ? null
                    : baseKnown ? message(name, scope, globals) : messageIfCertain(name, scope, globals);
            if (message != null) {
                reported.add(name);
                out.report(INFO, ctx.at(i, word.span()), message);
            }
        }
    }

    /** The words of {@code i} that BuildKit expands with the stage's variables (ARG defaults aside). */
    static List<Arg> expandedWords(Instruction i) {
        List<Arg> words = new ArrayList<>();
        switch (i.command()) {
            case "env", "label" -> i.keyValues().forEach(kv -> {
                words.add(kv.key());
                words.add(kv.value());
            });
            case "add", "copy" -> {
                for (Flag f : i.flags()) {
                    if (f.value() != null && (f.name().equals("chown") || f.name().equals("chmod")
                            || f.name().equals("checksum") && i.is("add"))) {
                        words.add(new Arg(f.value(), f.span()));
                    }
                }
                words.addAll(i.args());
            }
            case "expose", "stopsignal", "user", "volume", "workdir" -> words.addAll(i.args());
            default -> {
            }
        }
        return words;
    }

    /** Names {@code word} references without a fallback that neither the env nor a declared ARG defines. */
    private static Set<String> undefined(WordLexer lexer, String word, Scope scope) {
        if (word.indexOf('$') < 0 || allDefined(word, scope.env, scope.args)) {
            return Set.of();
        }
        try {
            lexer.processWord(word, name -> scope.env.contains(name) ? "" : null);
        } catch (ExpansionException e) {
            return Set.of(); // reported as an instruction BuildKit rejects
        }
        if (!lexer.hasUnsetNames()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String name : lexer.unsetNames()) {
            if (isIdentifier(name) && !scope.args.contains(name) && !PREDEFINED.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * True when every {@code $} of {@code word} starts a plain {@code $NAME} or {@code ${NAME}} that is defined:
     * then the lexer, which only looks names up at a {@code $}, can find nothing undefined. Anything else
     * (operators, positional or non-ASCII names, a lone {@code $}) is left to the lexer.
     */
    static boolean allDefined(String word, Set<String> env, Set<String> args) {
        int n = word.length();
        for (int p = word.indexOf('$'); p >= 0; p = word.indexOf('$', p + 1)) {
            boolean braced = p + 1 < n && word.charAt(p + 1) == '{';
            int start = braced ? p + 2 : p + 1;
            int end = start < n && Variables.nameStart(word.charAt(start)) ? Variables.nameEnd(word, start) : start;
            if (end == start || end < n && word.charAt(end) >= 128 || braced && (end >= n || word.charAt(end) != '}')) {
                return false;
            }
            String name = word.substring(start, end);
            if (!env.contains(name) && !args.contains(name) && !PREDEFINED.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String name) {
        return !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
    }

    /** BuildKit's message, with a near name or a hint for a global ARG the stage did not declare. */
    private static String message(String name, Scope scope, Map<String, String> globals) {
        String text = "Usage of undefined variable '$" + name + "'";
        if (globals.containsKey(name)) {
            return text + ": " + (StageBases.PLATFORM_ARGS.contains(name) ? "the automatic platform ARG " : "the global ARG ")
                    + name + " is in scope in a stage only after 'ARG " + name + "' there";
        }
        String near = nearest(name, scope.names());
        return near == null ? text : text + " (did you mean $" + near + "?)";
    }

    /** The message when the base image may define {@code name}: only for references that are wrong whatever it defines. */
    private static String messageIfCertain(String name, Scope scope, Map<String, String> globals) {
        if (COMMON_BASE_ENV.contains(name)) {
            return null;
        }
        if (globals.containsKey(name) || nearest(name, scope.names()) != null) {
            return message(name, scope, globals);
        }
        return null;
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
     * on to stages built FROM this one. PATH is always there: BuildKit sets a default when the base has none.
     */
    private static final class Scope {
        final Set<String> env = new LinkedHashSet<>();
        final Set<String> args = new LinkedHashSet<>();

        Scope(Set<String> baseEnv) {
            env.addAll(baseEnv);
            env.add("PATH");
        }

        private Scope() {
        }

        Scope copy() {
            Scope s = new Scope();
            s.env.addAll(env);
            s.args.addAll(args);
            return s;
        }

        Set<String> names() {
            Set<String> all = new LinkedHashSet<>(args);
            all.addAll(env);
            return all;
        }

        /** An ARG defines its name; with a value (its own or the global one) it is in the env too. */
        void declareArg(String name, boolean hasValue) {
            args.add(name);
            if (hasValue) {
                env.add(name);
            }
        }
    }
}
