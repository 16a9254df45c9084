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

/**
 * DL3032 (yum), DL3036 (zypper), DL3040 (dnf, microdnf), DL3060 (yarn): package caches left in the layer.
 * Trivy's DS015, DS019, DS020 and DS027 want the clean after the install and are {@link TrivyRunText}.
 */
public final class CacheNotCleaned extends RunRule {
    public static final RuleInfo YUM = rule("TD032", "yum install without yum clean all", Severity.MEDIUM)
            .hadolint("DL3032").trivy("DS015")
            .why("The yum cache stays in the layer.").fix("End the RUN with yum clean all.");
    public static final RuleInfo ZYPPER = rule("TD036", "zypper install without zypper clean", Severity.MEDIUM)
            .hadolint("DL3036").trivy("DS020")
            .why("The zypper cache stays in the layer.").fix("End the RUN with zypper clean.");
    public static final RuleInfo DNF = rule("TD040", "dnf install without dnf clean all", Severity.MEDIUM)
            .hadolint("DL3040").trivy("DS019").trivy("DS027")
            .why("The dnf cache stays in the layer.")
            .fix("End the RUN with dnf clean all (microdnf clean all), or use a cache mount for /var/cache/dnf.");
    public static final RuleInfo YARN = rule("TD060", "yarn install without yarn cache clean", Severity.LOW)
            .hadolint("DL3060")
            .why("The yarn cache stays in the layer.")
            .fix("End the RUN with yarn cache clean, or use a cache mount for the yarn cache.");

    private final Set<String> tools;
    private final Set<String> installs;
    private final String cacheDir;
    private final String remedy;

    private CacheNotCleaned(RuleInfo info, Set<String> tools, Set<String> installs, String cacheDir, String remedy) {
        super(info, tools.toArray(String[]::new));
        this.tools = tools;
        this.installs = installs;
        this.cacheDir = cacheDir;
        this.remedy = remedy;
    }

    public static List<CacheNotCleaned> all() {
        return List.of(
                new CacheNotCleaned(YUM, Set.of("yum"), Set.of("install", "groupinstall", "localinstall"), "/var/cache/yum",
                        "yum clean all"),
                new CacheNotCleaned(ZYPPER, Set.of("zypper"), Set.of("install", "in"), "/var/cache/zypp", "zypper clean"),
                new CacheNotCleaned(DNF, Set.of("dnf", "microdnf"), Set.of("install", "groupinstall", "localinstall"),
                        "/var/cache/dnf", "dnf clean all"),
                new CacheNotCleaned(YARN, Set.of("yarn"), Set.of("install"), "/usr/local/share/.cache/yarn",
                        "yarn cache clean"));
    }

    private boolean cleans(ShellCommand c) {
        if (tools.contains(c.name())) {
            return c.hasArg("clean", "cc") && (!c.is("yum") && !c.is("dnf") && !c.is("microdnf") || c.hasArg("all"))
                    || c.is("yarn") && c.hasArg("cache") && c.hasArg("clean");
        }
        if (!c.is("rm")) {
            return false;
        }
        for (ShellWord a : c.args()) {
            if (a.text().startsWith(cacheDir) || tools.contains("yum") && a.text().startsWith("/var/cache/yum")) {
                return true;
            }
        }
        return false;
    }

    /** The first argument that is one of the install sub-commands, or null: loops, as every command of the tool is asked. */
    private String installArg(ShellCommand c) {
        for (ShellWord a : c.args()) {
            if (installs.contains(a.text())) {
                return a.text();
            }
        }
        return null;
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        // Like hadolint, a clean anywhere in the RUN counts (Trivy wants it after the install).
        ShellCommand install = null;
        String sub = null;
        boolean cleaned = false;
        for (ShellCommand c : commands) {
            String arg = tools.contains(c.name()) ? installArg(c) : null;
            if (arg != null) {
                if (install == null) {
                    install = c;
                    sub = arg;
                }
            } else if (cleans(c)) {
                cleaned = true;
            }
        }
        if (cleaned) {
            return;
        }
        if (install == null || Mounts.cachesDir(run, cacheDir) || tools.contains("yarn") && hasAnyCacheMount(run)) {
            return;
        }
        out.report(info(), ctx.at(run, install), "'" + install.name() + " " + sub
                + "' without '" + (install.is("microdnf") ? "microdnf clean all" : remedy) + "' afterwards in the same RUN");
    }

    private static boolean hasAnyCacheMount(Instruction run) {
        for (Flag f : run.flags("mount")) {
            if (Mounts.type(f.value()).equals("cache")) {
                return true;
            }
        }
        return false;
    }
}
