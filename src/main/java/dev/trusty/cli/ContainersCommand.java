package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.container.ContainerAudit;
import dev.trusty.container.ContainerSummary;
import dev.trusty.container.sources.InspectMapper;
import dev.trusty.core.Policy;
import dev.trusty.core.Report;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.EngineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Audits live containers, running and stopped, through the Engine API. */
@Command(name = "containers", mixinStandardHelpOptions = true,
        description = "Audit live containers through the Docker Engine API: all of them (running, stopped and "
                + "created), or the named ones.")
final class ContainersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    @Mixin
    EngineOptions engineOptions;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Container names or ids (default: all).")
    List<String> names = new ArrayList<>();

    @Option(names = "--running", description = "Only running containers (Docker Bench's view; default: all).")
    boolean runningOnly;

    @Option(names = "--no-summary", description = "Do not print the per-container table after a text report.")
    boolean noSummary;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Policy policy = options.policy(Path.of("").toAbsolutePath());
        List<String> warnings = new ArrayList<>();
        ContainerAudit.Result result;
        try (DockerEngine engine = engineOptions.connect()) {
            List<JsonNode> inspected = new ArrayList<>();
            for (String id : ids(engine)) {
                JsonNode inspect = inspectOrWarn(engine, id, warnings);
                if (inspect != null) {
                    inspected.add(inspect);
                }
            }
            result = new ContainerAudit(policy, System.getenv())
                    .auditInspect(inspected, id -> InspectMapper.processCommands(engine.top(id, null)));
        }
        warnings.addAll(result.warnings());
        Report report = ReportOutput.report(result.reports(), warnings, start);
        int code = ReportOutput.emit(report, options, common, policy, Map.of(), spec.commandLine().getOut());
        if (!noSummary) {
            ReportOutput.appendTable(options, common,
                    result.containers().isEmpty() ? "" : ContainerSummary.table(result.containers()),
                    spec.commandLine().getOut());
        }
        return code;
    }

    private List<String> ids(DockerEngine engine) {
        if (!names.isEmpty()) {
            return names;
        }
        return engine.containers(!runningOnly, Map.of()).stream().map(c -> c.path("Id").asText()).toList();
    }

    /** A container named by the user must exist; one that vanished while we listed is only a warning. */
    private JsonNode inspectOrWarn(DockerEngine engine, String id, List<String> warnings) {
        try {
            return engine.inspectContainer(id);
        } catch (EngineException e) {
            if (e.isNotFound() && names.isEmpty()) {
                warnings.add("container " + (id.length() > 12 ? id.substring(0, 12) : id)
                        + " was removed while being audited");
                return null;
            }
            throw e;
        }
    }
}
