package dev.trusty.container.sources;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.EnvVar;
import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.container.Setting;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code docker run} / {@code docker create} / {@code docker container run|create} command
 * lines, given directly or found in shell scripts, Makefiles and CI files, into container specs.
 * Each setting points at its argument: the line and column in the file, and its argv index.
 * Flags Trusty does not know are skipped with a warning.
 */
public final class DockerRunSource {
    private static final Pattern DOCKER_RUN = Pattern.compile(
            "(?<![\\w./-])docker(?:\\s+(?:-H|--host|--context|-c|--config|-l|--log-level)[=\\s]\\S+|\\s+--?[\\w-]+)*"
                    + "\\s+(?:container\\s+)?(?:run|create)(?=\\s|\\\\|$)");

    /** Flags that take a value, by every spelling. Those not mapped into the model are still known. */
    private static final Set<String> VALUED = Set.of("-a", "--attach", "--add-host", "--annotation",
            "--blkio-weight", "--blkio-weight-device", "--cap-add", "--cap-drop", "--cgroup-parent", "--cgroupns",
            "--cidfile", "--cpu-count", "--cpu-percent", "--cpu-period", "--cpu-quota", "--cpu-rt-period",
            "--cpu-rt-runtime", "-c", "--cpu-shares", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--detach-keys",
            "--device", "--device-cgroup-rule", "--device-read-bps", "--device-read-iops", "--device-write-bps",
            "--device-write-iops", "--dns", "--dns-option", "--dns-opt", "--dns-search", "--domainname",
            "--entrypoint", "-e", "--env", "--env-file", "--expose", "--gpus", "--group-add", "--health-cmd",
            "--health-interval", "--health-retries", "--health-start-period", "--health-start-interval",
            "--health-timeout", "-h", "--hostname", "--ip", "--ip6", "--ipc", "--isolation", "--kernel-memory",
            "-l", "--label", "--label-file", "--link", "--link-local-ip", "--log-driver", "--log-opt",
            "--mac-address", "-m", "--memory", "--memory-reservation", "--memory-swap", "--memory-swappiness",
            "--mount", "--name", "--network", "--net", "--network-alias", "--net-alias", "--oom-score-adj", "--pid",
            "--pids-limit", "--platform", "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt",
            "--shm-size", "--stop-signal", "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "--ulimit",
            "-u", "--user", "--userns", "--uts", "-v", "--volume", "--volume-driver", "--volumes-from", "-w",
            "--workdir");

    private static final Set<String> BOOLEAN = Set.of("-d", "--detach", "--disable-content-trust", "--help",
            "--init", "-i", "--interactive", "--no-healthcheck", "--oom-kill-disable", "--privileged", "-P",
            "--publish-all", "-q", "--quiet", "--read-only", "--rm", "--sig-proxy", "-t", "--tty",
            "--use-api-socket");

    private static final Map<String, String> LONG_FORM = Map.ofEntries(Map.entry("-a", "--attach"),
            Map.entry("-c", "--cpu-shares"), Map.entry("-e", "--env"), Map.entry("-h", "--hostname"),
            Map.entry("-l", "--label"), Map.entry("-m", "--memory"), Map.entry("-p", "--publish"),
            Map.entry("-u", "--user"), Map.entry("-v", "--volume"), Map.entry("-w", "--workdir"),
            Map.entry("--net", "--network"), Map.entry("--net-alias", "--network-alias"),
            Map.entry("--dns-opt", "--dns-option"), Map.entry("-d", "--detach"), Map.entry("-i", "--interactive"),
            Map.entry("-t", "--tty"), Map.entry("-P", "--publish-all"), Map.entry("-q", "--quiet"));

    private final Consumer<String> warnings;

    public DockerRunSource(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** One command line as given to {@code trusty config --run}; {@code label} names it in findings. */
    public ContainerSpec fromCommandLine(String label, String commandLine) {
        Matcher m = DOCKER_RUN.matcher(commandLine);
        if (!m.find()) {
            throw new InputException(label + ": not a 'docker run' or 'docker create' command: " + excerpt(commandLine));
        }
        ContainerSpec spec = parse(label, commandLine, m.start());
        if (spec == null) {
            throw new InputException(label + ": no image in: " + excerpt(commandLine));
        }
        return spec;
    }

    /** The command on one line and not too long, for error messages. */
    private static String excerpt(String commandLine) {
        String flat = commandLine.replaceAll("\\s+", " ").trim();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }

    /** Every {@code docker run|create} command in a script, Makefile or CI file. */
    public List<ContainerSpec> fromText(String path, String text) {
        String unix = text.replace("\r\n", "\n");
        List<ContainerSpec> specs = new ArrayList<>();
        Matcher m = DOCKER_RUN.matcher(unix);
        int from = 0;
        while (m.find(from)) {
            int lineStart = unix.lastIndexOf('\n', m.start()) + 1;
            String before = unix.substring(lineStart, m.start()).stripLeading();
            if (before.startsWith("#")) {
                from = m.end();
                continue;
            }
            ContainerSpec spec = parse(path, unix, m.start());
            if (spec != null) {
                specs.add(spec);
            }
            from = m.end();
        }
        return specs;
    }

    /** True when the text holds at least one docker run/create command. */
    public static boolean containsDockerRun(String text) {
        return DOCKER_RUN.matcher(text).find();
    }

    private ContainerSpec parse(String path, String text, int start) {
        ShellWords.Command cmd = ShellWords.split(text, start);
        List<ShellWords.Word> words = cmd.words();
        Positions pos = new Positions(text);
        int i = 1;
        // skip docker's global options and the 'container' management word up to run/create
        while (i < words.size() && !words.get(i).text().equals("run") && !words.get(i).text().equals("create")) {
            i++;
        }
        i++;
        List<Flag> flags = new ArrayList<>();
        int imageIndex = -1;
        for (; i < words.size(); i++) {
            String w = words.get(i).text();
            if (w.equals("--")) {
                imageIndex = i + 1 < words.size() ? i + 1 : -1;
                break;
            }
            if (!w.startsWith("-") || w.equals("-")) {
                imageIndex = i;
                break;
            }
            i = readFlag(path, pos, words, i, flags);
        }
        Location.File declaredAt = pos.at(path, words.get(0).offset());
        String name = flags.stream().filter(f -> f.name.equals("--name")).map(f -> f.value).reduce((a, b) -> b)
                .orElse(imageIndex >= 0 ? words.get(imageIndex).text() : "docker run");
        ContainerSpec spec = new ContainerSpec(name, Target.Kind.DOCKER_RUN,
                new Location.ContainerField(name, words.get(0).text() + " " + words.get(Math.min(1, words.size() - 1)).text(),
                        declaredAt), "");
        if (imageIndex < 0) {
            warnings.accept(declaredAt.describe() + ": docker command without an image, skipped");
            return null;
        }
        ShellWords.Word image = words.get(imageIndex);
        spec.image(Setting.of(image.text(), spec.field("IMAGE (argv " + imageIndex + ")", pos.at(path, image.offset()))));
        if (imageIndex + 1 < words.size()) {
            ShellWords.Word first = words.get(imageIndex + 1);
            List<String> args = words.subList(imageIndex + 1, words.size()).stream().map(ShellWords.Word::text).toList();
            List<String> command = new ArrayList<>();
            flags.stream().filter(f -> f.name.equals("--entrypoint")).forEach(f -> command.add(f.value));
            command.addAll(args);
            spec.command(Setting.of(command, spec.field("COMMAND (argv " + (imageIndex + 1) + ")",
                    pos.at(path, first.offset()))));
        }
        for (Flag f : flags) {
            Location.ContainerField at = spec.field(f.name + " (argv " + f.argv + ")", pos.at(path, f.offset));
            try {
                apply(spec, f, at);
            } catch (IllegalArgumentException e) {
                throw InputException.at(path, at.source().line(), at.source().column(),
                        Messages.oneLine(f.name + ": " + e.getMessage()));
            }
        }
        return spec;
    }

    private record Flag(String name, String value, int argv, int offset) {
    }

    /** Reads the flag at {@code i} (and its value); returns the index of the last word it used. */
    private int readFlag(String path, Positions pos, List<ShellWords.Word> words, int i, List<Flag> out) {
        ShellWords.Word word = words.get(i);
        String w = word.text();
        if (w.startsWith("--")) {
            int eq = w.indexOf('=');
            String name = eq < 0 ? w : w.substring(0, eq);
            String canonical = LONG_FORM.getOrDefault(name, name);
            if (eq >= 0) {
                out.add(new Flag(canonical, w.substring(eq + 1), i, word.offset()));
                return i;
            }
            if (VALUED.contains(name)) {
                return valueInNextWord(path, pos, words, i, name, canonical, out);
            }
            switchFlag(path, pos, word, i, name, canonical, out);
            return i;
        }
        // short flags, possibly combined (-itd) or with a glued value (-p80:80, -e=X)
        for (int k = 1; k < w.length(); k++) {
            String name = "-" + w.charAt(k);
            String canonical = LONG_FORM.getOrDefault(name, name);
            if (VALUED.contains(name)) {
                String rest = w.substring(k + 1);
                if (rest.startsWith("=")) {
                    rest = rest.substring(1);
                }
                if (!rest.isEmpty()) {
                    out.add(new Flag(canonical, rest, i, word.offset()));
                    return i;
                }
                return valueInNextWord(path, pos, words, i, name, canonical, out);
            }
            switchFlag(path, pos, word, i, name, canonical, out);
        }
        return i;
    }

    /** {@code --memory 512m}: the value is the next word; returns that word's index. */
    private static int valueInNextWord(String path, Positions pos, List<ShellWords.Word> words, int i, String name,
                                       String canonical, List<Flag> out) {
        ShellWords.Word word = words.get(i);
        if (i + 1 >= words.size()) {
            Location.File at = pos.at(path, word.offset());
            throw InputException.at(path, at.line(), at.column(), name + " needs a value");
        }
        out.add(new Flag(canonical, words.get(i + 1).text(), i, word.offset()));
        return i + 1;
    }

    /** A flag without a value; an unknown one is kept as a switch, with a warning (its value, if any, is lost). */
    private void switchFlag(String path, Positions pos, ShellWords.Word word, int i, String name, String canonical,
                            List<Flag> out) {
        if (!BOOLEAN.contains(name)) {
            warnings.accept(pos.at(path, word.offset()).describe() + ": unknown docker run flag " + name + " skipped");
        }
        out.add(new Flag(canonical, "true", i, word.offset()));
    }

    /**
     * The variables of {@code --env-file}, for secret detection: Docker's format is {@code KEY=value}
     * or a bare {@code KEY} (taken from the caller's environment), {@code #} comments. The file is
     * looked up next to the script the command came from, else in the working directory.
     */
    private void envFile(ContainerSpec spec, String name, Location.ContainerField at) {
        String origin = at.source() == null ? null : at.source().path();
        Path file = origin == null || origin.startsWith("--") ? Path.of(name) : Path.of(origin).resolveSibling(name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            warnings.accept(at.describe() + ": env file " + file + " not readable: its variables were not checked");
            return;
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            spec.env().add(new EnvVar(eq < 0 ? line : line.substring(0, eq), eq < 0 ? null : line.substring(eq + 1),
                    new Location.ContainerField(at.container(), "--env-file " + name + " " + (eq < 0 ? line
                            : line.substring(0, eq)), at.source())));
        }
    }

    private static boolean isTrue(String v) {
        return !v.equalsIgnoreCase("false") && !v.equals("0");
    }

    private void apply(ContainerSpec spec, Flag f, Location.ContainerField at) {
        String v = f.value;
        switch (f.name) {
            case "--user" -> spec.user(Setting.of(v, at));
            case "--group-add" -> spec.groups().add(Setting.of(v, at));
            case "--privileged" -> spec.privileged(Setting.of(isTrue(v), at));
            case "--cap-add" -> Arrays.stream(v.split(",")).forEach(c -> spec.addCap(c, at));
            case "--cap-drop" -> Arrays.stream(v.split(",")).forEach(c -> spec.dropCap(c, at));
            case "--security-opt" -> spec.securityOpt(v, at);
            case "--read-only" -> spec.readOnlyRootfs(Setting.of(isTrue(v), at));
            case "--tmpfs" -> spec.mounts().add(new Mount(Mount.Type.TMPFS, "", v.split(":")[0], false, "", at));
            case "--volume" -> spec.mounts().add(DockerSyntax.volume(v, at));
            case "--mount" -> spec.mounts().add(DockerSyntax.mountFlag(v, at));
            case "--device" -> spec.devices().add(Setting.of(v.split(":")[0], at));
            case "--network" -> spec.networkMode(Setting.of(v, at));
            case "--pid" -> spec.pidMode(Setting.of(v, at));
            case "--ipc" -> spec.ipcMode(Setting.of(v, at));
            case "--uts" -> spec.utsMode(Setting.of(v, at));
            case "--userns" -> spec.usernsMode(Setting.of(v, at));
            case "--cgroupns" -> spec.cgroupnsMode(Setting.of(v, at));
            case "--cgroup-parent" -> spec.cgroupParent(Setting.of(v, at));
            case "--publish" -> spec.ports().add(DockerSyntax.port(v, at));
            case "--publish-all" -> {
                if (isTrue(v)) {
                    spec.ports().add(new PublishedPort("", "", "(every exposed port)", "tcp", at));
                }
            }
            case "--memory" -> spec.memory(Setting.of(DockerSyntax.bytes(v), at));
            case "--memory-reservation" -> spec.memoryReservation(Setting.of(DockerSyntax.bytes(v), at));
            case "--memory-swap" -> spec.memorySwap(Setting.of(v.equals("-1") ? -1 : DockerSyntax.bytes(v), at));
            case "--cpus" -> spec.nanoCpus(Setting.of(DockerSyntax.nanoCpus(v), at));
            case "--cpu-shares" -> spec.cpuShares(Setting.of(number(v), at));
            case "--cpu-quota" -> spec.cpuQuota(Setting.of(number(v), at));
            case "--cpuset-cpus" -> spec.cpusetCpus(Setting.of(v, at));
            case "--pids-limit" -> spec.pidsLimit(Setting.of(number(v), at));
            case "--ulimit" -> {
                int eq = v.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected name=soft[:hard], got '" + v + "'");
                }
                spec.ulimits().put(v.substring(0, eq), Setting.of(v.substring(eq + 1), at));
            }
            case "--restart" -> {
                DockerSyntax.Restart r = DockerSyntax.restart(v);
                spec.restartPolicy(Setting.of(r.name(), at));
                if (r.maxRetries() != null) {
                    spec.restartMaxRetries(Setting.of(r.maxRetries(), at));
                }
            }
            case "--health-cmd" -> spec.healthcheck(Setting.of(true, at));
            case "--no-healthcheck" -> spec.healthcheck(Setting.of(!isTrue(v), at));
            case "--env" -> {
                int eq = v.indexOf('=');
                spec.env().add(new EnvVar(eq < 0 ? v : v.substring(0, eq), eq < 0 ? null : v.substring(eq + 1), at));
            }
            case "--env-file" -> envFile(spec, v, at);
            case "--sysctl" -> {
                String[] kv = v.split("=", 2);
                spec.sysctls().put(kv[0], Setting.of(kv.length > 1 ? kv[1] : "", at));
            }
            case "--oom-kill-disable" -> spec.oomKillDisable(Setting.of(isTrue(v), at));
            case "--log-driver" -> spec.logDriver(Setting.of(v, at));
            default -> { }
        }
    }

    private static long number(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + v + "'");
        }
    }

    /** Offsets to 1-based line and column. */
    private static final class Positions {
        private final int[] lineStarts;

        Positions(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Location.File at(String path, int offset) {
            int idx = Arrays.binarySearch(lineStarts, offset);
            int line = idx >= 0 ? idx : -idx - 2;
            return Location.File.at(path, line + 1, offset - lineStarts[line] + 1);
        }
    }

}
