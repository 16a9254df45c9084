package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trivy's Dockerfile checks that read a RUN as text: trivy-checks matches the command string with
 * regular expressions and splits it on '&&' only. Kept exact so that a {@code .trivyignore} line silences
 * what Trivy reported. Our hadolint-aliased rules (TD004, TD005, TD014, TD015, TD032, TD036, TD040) parse
 * the shell instead, as hadolint does, and differ on ';', subshells, cache removal and clean-before-install.
 * Like Trivy, exec-form values are read one by one and ONBUILD triggers are not read.
 *
 * <p>Readings of ToolReadings: each narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS0xx}.
 */
public final class TrivyRunText extends DockerfileRule {
    public static final RuleInfo SUDO = rule("TD136", "RUN '&&' piece starts with sudo", Severity.HIGH)
            .trivy("DS010").cwe(250)
            .why(trivy("DS010", "an '&&' piece of a shell-form RUN starts with sudo", "TD005 (hadolint's DL3004), which finds sudo anywhere"))
            .fix("Switch with USER root for the step that needs it, and back afterwards.");
    public static final RuleInfo CD = rule("TD137", "RUN '&&' piece starts with cd", Severity.MEDIUM)
            .trivy("DS013")
            .why(trivy("DS013", "an '&&' piece of a RUN starts with 'cd '", "TD004 (hadolint's DL3003), which finds cd anywhere"))
            .fix("Use WORKDIR /path.");
    public static final RuleInfo YUM = rule("TD138", "yum install not followed by yum clean all", Severity.MEDIUM)
            .trivy("DS015")
            .why(trivy("DS015", "the RUN's last yum install / 'yum clean all' is an install", "TD032 (hadolint's DL3032), which also accepts an earlier clean or removing /var/cache/yum"))
            .fix("End the RUN with yum clean all.");
    public static final RuleInfo DNF = rule("TD139", "dnf install not followed by dnf clean all", Severity.MEDIUM)
            .trivy("DS019")
            .why(trivy("DS019", "the RUN's last dnf install / 'dnf clean all' is an install (microdnf counts, as the pattern is not anchored)", "TD040 (hadolint's DL3040), which also accepts an earlier clean or removing /var/cache/dnf"))
            .fix("End the RUN with dnf clean all.");
    public static final RuleInfo ZYPPER = rule("TD140", "zypper install or remove not followed by zypper clean", Severity.MEDIUM)
            .trivy("DS020")
            .why(trivy("DS020", "the RUN's last zypper install, remove or patch comes after its last 'zypper clean'/'zypper cc'", "TD036 (hadolint's DL3036), which only looks at installs"))
            .fix("End the RUN with zypper clean.");
    public static final RuleInfo MICRODNF = rule("TD141", "microdnf install not followed by microdnf clean all", Severity.MEDIUM)
            .trivy("DS027")
            .why(trivy("DS027", "the RUN's last microdnf install / 'microdnf clean all' is an install", "TD040 (hadolint's DL3040), which treats dnf and microdnf alike"))
            .fix("End the RUN with microdnf clean all.");
    public static final RuleInfo APT_YES = rule("TD142", "apt-get install without -y next to install", Severity.MEDIUM)
            .trivy("DS021")
            .why(trivy("DS021", "a shell-form RUN's apt-get install has no -y, --yes or --assume-yes among the options around 'install'", "TD014 (hadolint's DL3014), which also accepts -q and options after the packages"))
            .fix("Add -y: apt-get install -y <pkg>.");
    public static final RuleInfo APT_RECOMMENDS = rule("TD143", "apt-get install in a RUN without --no-install-recommends", Severity.LOW)
            .trivy("DS029")
            .why(trivy("DS029", "a shell-form RUN with apt-get install does not contain --no-install-recommends", "TD015 (hadolint's DL3015), which checks each install and accepts APT::Install-Recommends=false"))
            .fix("Add --no-install-recommends.");

    private static final Pattern SUDO_START = Pattern.compile("^\\s*sudo");
    private static final Pattern AND = Pattern.compile("\\s*&&\\s*");
    private static final Pattern YUM_INSTALL = Pattern.compile("yum (-[a-zA-Z]+ *)*install");
    private static final Pattern DNF_INSTALL = Pattern.compile("dnf (-[a-zA-Z]+\\s*)*(install|in|reinstall|rei|install-n|install-na|install-nevra)");
    private static final Pattern ZYPPER_INSTALL = Pattern.compile("zypper (-(-)?[a-zA-Z]+ *)*(in|install|remove|rm|source-install|si|patch)");
    private static final Pattern MICRODNF_INSTALL = Pattern.compile("microdnf (-[a-zA-Z]+\\s*)*(install|reinstall)");
    private static final Pattern APT_INSTALL = Pattern.compile("apt-get (-(-)?[a-zA-Z]+ *)*install");
    private static final String FLAGS = "\\s*(-(-)?[a-zA-Z]+\\s*)*";
    private static final String YES = "(-([a-xzA-XZ])*y([a-xzA-XZ])*|--yes|--assume-yes)";
    private static final Pattern APT_YES_BEFORE = Pattern.compile("apt-get" + FLAGS + YES + FLAGS + "install");
    private static final Pattern APT_YES_AFTER = Pattern.compile("apt-get" + FLAGS + "install" + FLAGS + YES);

    private static final Predicate<String> YUM_UNCLEAN = installWithoutClean(YUM_INSTALL, "yum clean all");
    private static final Predicate<String> DNF_UNCLEAN = installWithoutClean(DNF_INSTALL, "dnf clean all");
    private static final Predicate<String> ZYPPER_UNCLEAN = installWithoutClean(ZYPPER_INSTALL, "zypper clean", "zypper cc");
    private static final Predicate<String> MICRODNF_UNCLEAN = installWithoutClean(MICRODNF_INSTALL, "microdnf clean all");

    private final String keyword;
    private final Predicate<List<String>> fires;
    private final String message;

    private TrivyRunText(RuleInfo info, String keyword, Predicate<List<String>> fires, String message) {
        super(info, "run");
        this.keyword = keyword;
        this.fires = fires;
        this.message = message;
    }

    public static List<TrivyRunText> all() {
        return List.of(
                new TrivyRunText(SUDO, "sudo", v -> v.size() == 1 && anyPiece(v.getFirst().split("&&"),
                        p -> SUDO_START.matcher(p).find()), "sudo in RUN: use USER to change users"),
                new TrivyRunText(CD, "cd ", v -> v.stream().anyMatch(s -> anyPiece(AND.split(s), p -> p.startsWith("cd "))),
                        "cd in RUN: use WORKDIR"),
                new TrivyRunText(YUM, "yum", v -> YUM_UNCLEAN.test(v.getFirst()),
                        "yum install without a later 'yum clean all' in the same RUN"),
                new TrivyRunText(DNF, "dnf", v -> DNF_UNCLEAN.test(v.getFirst()),
                        "dnf install without a later 'dnf clean all' in the same RUN"),
                new TrivyRunText(ZYPPER, "zypper", v -> ZYPPER_UNCLEAN.test(v.getFirst()),
                        "zypper install or remove without a later 'zypper clean' in the same RUN"),
                new TrivyRunText(MICRODNF, "microdnf", v -> MICRODNF_UNCLEAN.test(v.getFirst()),
                        "microdnf install without a later 'microdnf clean all' in the same RUN"),
                new TrivyRunText(APT_YES, "apt-get", v -> v.size() == 1 && APT_INSTALL.matcher(v.getFirst()).find()
                        && !APT_YES_BEFORE.matcher(v.getFirst()).find() && !APT_YES_AFTER.matcher(v.getFirst()).find(),
                        "apt-get install without -y waits for confirmation"),
                new TrivyRunText(APT_RECOMMENDS, "apt-get", v -> v.size() == 1 && APT_INSTALL.matcher(v.getFirst()).find()
                        && !v.getFirst().contains("--no-install-recommends"),
                        "apt-get install without --no-install-recommends also pulls in recommended packages"));
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction run : ctx.instructions()) {
            if (!run.is("run") || run.args().isEmpty()) {
                continue;
            }
            // a shell-form RUN without the keyword (most) is passed over before any list is made
            if (!run.json() && !run.rest().contains(keyword)) {
                continue;
            }
            List<String> values = run.json() ? run.argValues() : List.of(run.rest());
            if ((!run.json() || anyContains(values, keyword)) && fires.test(values)) {
                out.report(info(), ctx.at(run, run.keywordSpan()), message);
            }
        }
    }

    private static boolean anyContains(List<String> values, String keyword) {
        for (String v : values) {
            if (v.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPiece(String[] pieces, Predicate<String> test) {
        for (String p : pieces) {
            if (test.test(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An install matches, and the last of all install and clean matches is not a clean: Trivy's
     * {@code regex.find_n} over both, then a look at the last one.
     */
    private static Predicate<String> installWithoutClean(Pattern install, String... cleans) {
        StringBuilder either = new StringBuilder("(").append(install.pattern()).append(')');
        for (String c : cleans) {
            either.append("|(").append(Pattern.quote(c)).append(')');
        }
        Pattern all = Pattern.compile(either.toString());
        List<String> cleaning = List.of(cleans);
        return run -> {
            Matcher m = all.matcher(run);
            String last = null;
            while (m.find()) {
                last = m.group();
            }
            return last != null && !cleaning.contains(last);
        };
    }

    private static String trivy(String id, String logic, String ours) {
        return "Trivy's " + id + " check, as trivy-checks writes it: it reports when " + logic + ". The same concern is " + ours + ".";
    }
}
