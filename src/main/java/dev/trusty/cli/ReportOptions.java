package dev.trusty.cli;

import dev.trusty.core.ConfigLoader;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options of every command that produces a report of findings. */
public final class ReportOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    public String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    public Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at least this severe: critical, high, medium, low or info "
                    + "(default: the config's fail-on, else low).")
    public Severity failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file (default: the nearest .trusty.yaml next to the target or above it).")
    public Path config;

    @Option(names = {"-i", "--ignore"}, paramLabel = "ID", split = ",",
            description = "Ignore a rule by its id or any alias (DL3008, CIS-5.4, DS002...); repeatable.")
    public List<String> ignore = new ArrayList<>();

    /** The policy for targets under {@code start}: the given config, else the nearest one, else defaults. */
    public Policy policy(Path start) {
        TrustyConfig cfg = config != null ? ConfigLoader.load(config)
                : Optional.ofNullable(start).flatMap(ConfigLoader::find).map(ConfigLoader::load)
                .orElse(TrustyConfig.DEFAULTS);
        return new Policy(cfg, ignore, failOn);
    }

    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value);
        }
    }
}
