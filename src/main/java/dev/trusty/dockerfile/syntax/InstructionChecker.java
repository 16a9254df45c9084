package dev.trusty.dockerfile.syntax;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BuildKit's per-instruction checks (its "instructions" layer): arity, flags and the messages it gives.
 * Conversion-time checks (mount options, EXPOSE port syntax, variable expansion) are not made here,
 * so nothing BuildKit would accept at this stage is refused.
 */
final class InstructionChecker {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9\\-_.]*$");
    private static final Set<String> KNOWN = new java.util.TreeSet<>(Set.of("add", "arg", "cmd", "copy", "entrypoint", "env", "expose",
            "from", "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user",
            "volume", "workdir"));

    private enum Kind { STRING, STRINGS, BOOL }

    private static final Map<String, Kind> ADD_FLAGS = Map.of("chown", Kind.STRING, "chmod", Kind.STRING,
            "link", Kind.BOOL, "keep-git-dir", Kind.BOOL, "checksum", Kind.STRING, "unpack", Kind.BOOL,
            "exclude", Kind.STRINGS);
    private static final Map<String, Kind> COPY_FLAGS = Map.of("from", Kind.STRING, "chown", Kind.STRING,
            "chmod", Kind.STRING, "link", Kind.BOOL, "parents", Kind.BOOL, "exclude", Kind.STRINGS);
    private static final Map<String, Kind> RUN_FLAGS = Map.of("mount", Kind.STRINGS, "network", Kind.STRING,
            "security", Kind.STRING, "device", Kind.STRINGS);
    private static final Map<String, Kind> FROM_FLAGS = Map.of("platform", Kind.STRING);
    private static final Map<String, Kind> HEALTH_FLAGS = Map.of("interval", Kind.STRING, "timeout", Kind.STRING,
            "start-period", Kind.STRING, "start-interval", Kind.STRING, "retries", Kind.STRING);

    private final String file;

    private InstructionChecker(String file) {
        this.file = file;
    }

    static void check(Dockerfile df) {
        InstructionChecker checker = new InstructionChecker(df.file());
        for (Directive d : df.directives()) {
            if (d.name().equals("check")) {
                try {
                    CheckDirective.parse(d.value());
                } catch (IllegalArgumentException e) {
                    throw new DockerfileParseException(df.file(), d.line(), 1, e.getMessage());
                }
            }
        }
        boolean inStage = false;
        for (Instruction in : df.instructions()) {
            checker.checkOne(in);
            if (in.is("from")) {
                inStage = true;
            } else if (!inStage && !in.is("arg")) {
                throw checker.at(in.keywordSpan(), "no build stage in current context");
            }
        }
    }

    private DockerfileParseException at(Span span, String message) {
        return new DockerfileParseException(file, span.line(), span.column(), message);
    }

    private DockerfileParseException atKeyword(Instruction in, String message) {
        return at(in.keywordSpan(), message);
    }

    private void checkOne(Instruction in) {
        String upper = in.command().toUpperCase(Locale.ROOT);
        List<Arg> args = in.args();
        switch (in.command()) {
            case "from" -> {
                if (args.size() == 3 && args.get(1).value().equalsIgnoreCase("as")) {
                    String name = args.get(2).value();
                    if (!STAGE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                        throw at(args.get(2).span(), "invalid name for build stage: " + GoText.quote(name)
                                + ", name can't start with a number or contain symbols");
                    }
                } else if (args.size() != 1) {
                    throw atKeyword(in, "FROM requires either one or three arguments");
                }
                flags(in, FROM_FLAGS);
            }
            case "add", "copy" -> {
                if (args.size() < 2) {
                    throw atKeyword(in, upper + " requires at least two arguments, but only one was provided. "
                            + "Destination could not be determined");
                }
                flags(in, in.is("add") ? ADD_FLAGS : COPY_FLAGS);
                Arg dest = args.get(args.size() - 1);
                if (HeredocStart.parse(dest.value()) != null) {
                    throw at(dest.span(), upper + " cannot accept a heredoc as a destination");
                }
            }
            case "run" -> {
                flags(in, RUN_FLAGS);
                in.flag("network").ifPresent(f -> {
                    if (!Set.of("default", "none", "host").contains(f.value())) {
                        throw at(f.span(), "invalid network mode " + GoText.quote(f.value()));
                    }
                });
                in.flag("security").ifPresent(f -> {
                    if (!Set.of("sandbox", "insecure").contains(f.value())) {
                        throw at(f.span(), "security " + GoText.quote(f.value()) + " is not valid");
                    }
                });
            }
            case "cmd", "entrypoint" -> flags(in, Map.of());
            case "shell" -> {
                flags(in, Map.of());
                if (args.isEmpty()) {
                    throw atKeyword(in, "SHELL requires at least one argument");
                }
                if (!in.json()) {
                    throw atKeyword(in, "SHELL requires the arguments to be in JSON form");
                }
            }
            case "env", "label" -> {
                flags(in, Map.of());
                if (args.isEmpty()) {
                    throw atKeyword(in, upper + " requires at least one argument");
                }
                for (int i = 0; i + 2 < args.size(); i += 3) {
                    if (args.get(i).value().isEmpty()) {
                        throw at(args.get(i).span(), upper + " names can not be blank");
                    }
                }
            }
            case "arg" -> {
                if (args.isEmpty()) {
                    throw atKeyword(in, "ARG requires at least one argument");
                }
                for (Arg a : args) {
                    int eq = a.value().indexOf('=');
                    String name = eq < 0 ? a.value() : a.value().substring(0, eq);
                    if (name.isEmpty()) {
                        throw at(a.span(), "ARG names can not be blank");
                    }
                }
            }
            case "maintainer", "user", "workdir" -> {
                flags(in, Map.of());
                exactlyOne(in, upper);
            }
            case "stopsignal" -> exactlyOne(in, upper);
            case "expose", "volume" -> {
                flags(in, Map.of());
                if (args.isEmpty()) {
                    throw atKeyword(in, upper + " requires at least one argument");
                }
                if (in.is("volume")) {
                    for (Arg a : args) {
                        if (GoText.skipSpace(a.value(), 0, a.value().length()) == a.value().length()) {
                            throw at(a.span(), "VOLUME specified can not be an empty string");
                        }
                    }
                }
            }
            case "healthcheck" -> healthcheck(in);
            case "onbuild" -> {
                if (in.child() == null) {
                    throw atKeyword(in, "ONBUILD requires at least one argument");
                }
                flags(in, Map.of());
                String trigger = in.child().command().toUpperCase(Locale.ROOT);
                if (trigger.equals("ONBUILD")) {
                    throw at(in.child().keywordSpan(), "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
                }
                if (trigger.equals("FROM") || trigger.equals("MAINTAINER")) {
                    throw at(in.child().keywordSpan(), trigger + " isn't allowed as an ONBUILD trigger");
                }
            }
            default -> {
                if (!KNOWN.contains(in.command())) {
                    throw atKeyword(in, Suggest.withHint("unknown instruction: " + in.keyword(), in.keyword(),
                            KNOWN, ""));
                }
            }
        }
    }

    private void exactlyOne(Instruction in, String upper) {
        if (in.args().size() != 1) {
            throw atKeyword(in, upper + " requires exactly one argument");
        }
    }

    private void healthcheck(Instruction in) {
        List<Arg> args = in.args();
        if (args.isEmpty()) {
            throw atKeyword(in, "HEALTHCHECK requires at least one argument");
        }
        String type = args.get(0).value().toUpperCase(Locale.ROOT);
        if (type.equals("NONE")) {
            if (args.size() > 1) {
                throw at(args.get(1).span(), "HEALTHCHECK NONE takes no arguments");
            }
            return;
        }
        flags(in, HEALTH_FLAGS);
        if (!type.equals("CMD")) {
            throw at(args.get(0).span(), "Unknown type " + GoText.quote(type) + " in HEALTHCHECK (try CMD)");
        }
        if (args.size() < 2) {
            throw atKeyword(in, "Missing command after HEALTHCHECK CMD");
        }
        for (String name : List.of("interval", "timeout", "start-period", "start-interval")) {
            for (Flag f : in.flags(name)) {
                if (f.value().isEmpty()) {
                    continue;
                }
                double nanos;
                try {
                    nanos = GoDuration.parseNanos(f.value());
                } catch (IllegalArgumentException e) {
                    throw at(f.span(), e.getMessage());
                }
                if (nanos != 0 && nanos < 1e6) {
                    throw at(f.span(), "Interval " + GoText.quote(name) + " cannot be less than 1ms");
                }
            }
        }
        for (Flag f : in.flags("retries")) {
            if (f.value().isEmpty()) {
                continue;
            }
            long retries;
            try {
                retries = Long.parseLong(f.value());
            } catch (NumberFormatException e) {
                throw at(f.span(), "strconv.ParseInt: parsing " + GoText.quote(f.value()) + ": invalid syntax");
            }
            if (retries > Integer.MAX_VALUE || retries < Integer.MIN_VALUE) {
                throw at(f.span(), "strconv.ParseInt: parsing " + GoText.quote(f.value()) + ": value out of range");
            }
            if (retries < 0) {
                throw at(f.span(), "--retries cannot be negative (" + retries + ")");
            }
        }
    }

    /** BuildKit's BFlags.Parse for the flags this instruction declares. */
    private void flags(Instruction in, Map<String, Kind> declared) {
        Set<String> used = new HashSet<>();
        for (Flag f : in.flags()) {
            if (!f.text().startsWith("--")) {
                throw at(f.span(), "arg should start with -- : " + f.text());
            }
            Kind kind = declared.get(f.name());
            if (kind == null) {
                throw at(f.span(), Suggest.withHint("unknown flag: --" + f.name(), f.name(), declared.keySet(),
                        "--"));
            }
            if (!used.add(f.name()) && kind != Kind.STRINGS) {
                throw at(f.span(), "duplicate flag specified: --" + f.name());
            }
            if (kind == Kind.BOOL) {
                if (f.hasValue() && f.value().isEmpty()) {
                    throw at(f.span(), "missing a value on flag: --" + f.name());
                }
                String v = f.hasValue() ? f.value().toLowerCase(Locale.ROOT) : "";
                if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                    throw at(f.span(), "expecting boolean value for flag --" + f.name() + ", not: " + f.value());
                }
            } else if (!f.hasValue()) {
                throw at(f.span(), "missing a value on flag: --" + f.name());
            }
        }
    }
}
