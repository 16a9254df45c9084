package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL3010: an archive COPY'd in and then unpacked leaves both copies in the layers; ADD unpacks in one step. */
public final class ArchiveCopiedThenExtracted extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD010", "Archive copied and then extracted", Severity.LOW)
            .hadolint("DL3010")
            .why("The archive stays in the COPY layer after extraction, making the image bigger.")
            .fix("Use ADD for a local archive: it extracts it in one layer.");

    public ArchiveCopiedThenExtracted() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (!copiesAnArchive(ctx)) {
            return; // most files: no stage to walk
        }
        for (Stage stage : ctx.stages()) {
            // built at the stage's first archive COPY: most stages copy none and then read no RUN
            List<Instruction> copies = null;
            List<String> names = null;
            Set<Instruction> reported = null;
            for (Instruction top : stage.instructions()) {
                Instruction i = top.effective();
                if (i.is("copy") && i.args().size() >= 2 && i.flag("from").isEmpty()) {
                    for (int at = 0, last = i.args().size() - 1; at < last; at++) {
                        Arg src = i.args().get(at);
                        if (Paths.isArchive(src.value())) {
                            if (copies == null) {
                                copies = new ArrayList<>();
                                names = new ArrayList<>();
                                reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                            }
                            copies.add(i);
                            names.add(Paths.baseName(src.value()));
                        }
                    }
                } else if (copies != null && i.is("run")) {
                    for (ShellCommand c : ctx.commands(i)) {
                        if (!extracts(c)) {
                            continue;
                        }
                        for (ShellWord w : c.args()) {
                            String base = Paths.baseName(w.text());
                            int idx = names.indexOf(base);
                            if (idx >= 0 && reported.add(copies.get(idx))) {
                                out.report(INFO, ctx.at(copies.get(idx)), "archive '" + base
                                        + "' is copied and then extracted: ADD extracts it in one layer");
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean copiesAnArchive(LintContext ctx) {
        for (Instruction copy : ctx.effective("copy")) {
            for (int at = 0, last = copy.args().size() - 1; at < last; at++) {
                if (Paths.isArchive(copy.args().get(at).value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean extracts(ShellCommand c) {
        return switch (c.name()) {
            case "tar" -> c.hasAnyFlag("x", "extract", "get") || c.subcommand().startsWith("x");
            case "unzip", "gunzip", "bunzip2", "unxz", "zcat", "7z", "unlzma" -> true;
            default -> false;
        };
    }
}
