package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.GoText;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BuildKit FromPlatformFlagConstDisallowed: {@code FROM --platform} with a constant value, unless the stage
 * name contains the platform's OS or architecture (then the pin is evidently meant: {@code AS build-arm64}).
 * hadolint's DL3029 (TD029) has no such exception, so the BuildKit check is a rule of its own.
 */
public final class FromPlatformConst extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD117", "FROM --platform is a constant", Severity.MEDIUM)
            .buildkit("FromPlatformFlagConstDisallowed")
            .why("A constant platform defeats multi-platform builds and runs the stage under emulation on other hosts.")
            .fix("Use a platform ARG such as $BUILDPLATFORM, drop --platform, or name the stage after the platform "
                    + "it is pinned to (AS build-amd64).");

    /** containerd's component syntax; a value it cannot parse fails the build itself, so it is not reported. */
    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    private static final Set<String> ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "ppc64", "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", "x86_64", "x86-64", "aarch64", "i386",
            "armhf", "armel");

    public FromPlatformConst() {
        super(INFO, "from");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            Flag flag = s.from().flag("platform").orElse(null);
            // any variable, defined or not, makes it no constant for BuildKit
            if (flag == null || flag.value() == null || flag.value().contains("$")) {
                continue;
            }
            String[] platform = parse(flag.value());
            if (platform == null) {
                continue;
            }
            String name = s.name();
            if (name != null && (name.contains(platform[0]) || !platform[1].isEmpty() && name.contains(platform[1]))) {
                continue;
            }
            out.report(INFO, ctx.at(s.from(), flag.span()), "FROM --platform flag should not use constant value "
                    + GoText.quote(flag.value()));
        }
    }

    /** {OS, architecture} normalised as containerd does, or null when it is no platform. */
    static String[] parse(String value) {
        String[] parts = value.split("/", -1);
        for (String p : parts) {
            if (!COMPONENT.matcher(p).matches()) {
                return null;
            }
        }
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length == 1) {
            if (OS.contains(first)) {
                return new String[] {first, ""}; // containerd adds the host's architecture, unknown here
            }
            return ARCH.contains(first) ? new String[] {"linux", arch(first)} : null;
        }
        if (parts.length > 3) {
            return null;
        }
        return new String[] {first.equals("macos") ? "darwin" : first, arch(parts[1].toLowerCase(Locale.ROOT))};
    }

    private static String arch(String arch) {
        return switch (arch) {
            case "x86_64", "x86-64" -> "amd64";
            case "aarch64" -> "arm64";
            case "i386" -> "386";
            case "armhf", "armel" -> "arm";
            default -> arch;
        };
    }
}
