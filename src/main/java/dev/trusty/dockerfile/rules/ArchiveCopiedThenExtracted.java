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
        for (Stage stage : ctx.stages()) {
            List<Instruction> copies = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Set<Instruction> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Instruction top : stage.instructions()) {
                Instruction i = top.effective();
                if (i.is("copy") && i.args().size() >= 2 && i.flag("from").isEmpty()) {
                    for (int at = 0, last = i.args().size() - 1; at < last; at++) {
                Arg src = i.args().get(at);
                        if (Paths.isArchive(src.value())) {
                            copies.add(i);
                            names.add(Paths.baseName(src.value()));
                        }
                    }
                } else if (i.is("run") && !copies.isEmpty()) {
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

    private static boolean extracts(ShellCommand c) {
        return switch (c.name()) {
            case "tar" -> c.hasAnyFlag("x", "extract", "get") || c.subcommand().startsWith("x");
            case "unzip", "gunzip", "bunzip2", "unxz", "zcat", "7z", "unlzma" -> true;
            default -> false;
        };
    }
}
