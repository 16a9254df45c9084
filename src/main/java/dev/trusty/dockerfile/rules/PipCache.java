package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL3042: pip keeps its download cache in the layer unless told not to. */
public final class PipCache extends PipRunRule {
    public static final RuleInfo INFO = rule("TD042", "pip install without --no-cache-dir", Severity.MEDIUM)
            .hadolint("DL3042")
            .why("pip's download cache stays in the layer.")
            .fix("Use pip install --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use a cache mount for /root/.cache/pip.");

    public PipCache() {
        super(INFO);
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        // The first pip install without any of the command's own ways to disable the cache, before the
        // RUN's mounts and the stage's ENVs are read: most pip installs in typical files pass --no-cache-dir.
        for (ShellCommand c : commands) {
            if (isPipInstall(c) && !c.hasFlag("no-cache-dir") && !assigns(c, "PIP_NO_CACHE_DIR=")
                    && !exports(commands, "PIP_NO_CACHE_DIR")) {
                if (Mounts.cachesDir(run, "/root/.cache/pip") || mountsUserPipCache(run) || envDisablesCache(ctx, run)) {
                    return;
                }
                ShellWord install = c.args().stream().filter(w -> w.text().equals("install")).findFirst().orElseThrow();
                Span s = c.script().span(install);
                Fix fix = run.json() ? null : Fix.edits("add --no-cache-dir", new Fix.Edit(s.endLine(), s.endColumn(),
                        s.endLine(), s.endColumn(), " --no-cache-dir"));
                String command = !c.baseName().startsWith("pip") ? c.name() + " -m pip install" : c.name() + " install";
                out.report(INFO, ctx.at(run, c), "'" + command + "' without --no-cache-dir leaves pip's download cache in the layer",
                        fix);
                return;
            }
        }
    }

    private static boolean assigns(ShellCommand c, String prefix) {
        for (String a : c.assignments()) {
            if (a.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** An {@code export} in the RUN with an argument starting with {@code name}. */
    private static boolean exports(List<ShellCommand> commands, String name) {
        for (ShellCommand o : commands) {
            if (o.is("export")) {
                for (ShellWord a : o.args()) {
                    if (a.text().startsWith(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * hadolint's reading: pip (pip3, pip3.12...) with an 'install' argument anywhere, so options before the
     * sub-command ({@code pip --index-url URL install}) do not hide it; or python -m pip install.
     */
    static boolean isPipInstall(ShellCommand c) {
        String n = c.baseName();
        if (!n.startsWith("p")) {
            return false; // neither pip nor python: most commands, passed over without the regex
        }
        if (PipUnpinned.isVersioned(n, "pip")) {
            return c.hasArg("install");
        }
        return PipUnpinned.isPipInstall(c);
    }

    /** A cache mount on another user's pip cache ({@code /home/app/.cache/pip}), for builds that run pip as that user. */
    private static boolean mountsUserPipCache(Instruction run) {
        for (Flag f : run.flags("mount")) {
            String target = Mounts.option(f.value(), "target");
            if (Mounts.type(f.value()).equals("cache") && target != null
                    && (target.endsWith("/.cache/pip") || target.endsWith("/.cache/pip/"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean envDisablesCache(LintContext ctx, Instruction run) {
        Stage stage = ctx.stageOf(run);
        if (stage == null) {
            return false;
        }
        for (Instruction i : stage.inheritedInstructions()) {
            Instruction e = i.effective();
            if (e.line() > run.line() && i.line() >= stage.from().line()) {
                break;
            }
            if (e.is("env")) {
                for (Instruction.KeyValue kv : e.keyValues()) {
                    if (kv.key().value().equals("PIP_NO_CACHE_DIR")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
