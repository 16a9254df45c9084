package dev.trusty.host.checks;

import dev.trusty.core.Severity;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Section 3: ownership or permission bits of the daemon's files. Absent files are INFO (nothing to
 * protect), as in Docker Bench; unreadable ones are {@code skipped: needs root}. Modes compare bit
 * by bit (600 fits 644, 640 does not fit 604), not as numbers as Docker Bench does.
 */
final class FileCheck extends BaseCheck {

    /** What the check wants of each file. */
    interface Expectation {
        boolean holds(FileFact file);

        String wanted();
    }

    static Expectation owner(String user, String group) {
        return new Expectation() {
            @Override
            public boolean holds(FileFact f) {
                boolean userOk = user.equals("root") ? f.uid() == 0 : user.equals(f.owner());
                boolean groupOk = group.equals("root") ? f.gid() == 0 : group.equals(f.group());
                return userOk && groupOk;
            }

            @Override
            public String wanted() {
                return "owner " + user + ":" + group;
            }
        };
    }

    static Expectation modeAtMost(int allowed) {
        return new Expectation() {
            @Override
            public boolean holds(FileFact f) {
                return f.modeWithin(allowed);
            }

            @Override
            public String wanted() {
                return "mode " + Integer.toOctalString(allowed) + " or more restrictive";
            }
        };
    }

    private final Function<HostFacts, List<FileFact>> files;
    private final String absent;
    private final Expectation expectation;

    FileCheck(String id, String benchId, String title, Severity severity, String why, String fix,
              Function<HostFacts, List<FileFact>> files, String absent, Expectation expectation) {
        super(id, benchId, title, severity, why, fix);
        this.files = files;
        this.absent = absent;
        this.expectation = expectation;
    }

    /** The file in one role; an empty list when the role does not apply here. */
    static Function<HostFacts, List<FileFact>> role(HostFacts.Role role) {
        return facts -> facts.file(role).map(List::of).orElse(List.of());
    }

    @Override
    public boolean readsLocalHost() {
        return true;
    }

    @Override
    public CheckResult evaluate(HostFacts facts) {
        List<FileFact> present = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        List<FileFact> all = files.apply(facts);
        for (FileFact f : all) {
            switch (f.state()) {
                case PRESENT -> present.add(f);
                case DENIED -> denied.add(f.path());
                case MISSING -> { }
            }
        }
        if (present.isEmpty() && !denied.isEmpty()) {
            return CheckResult.needsRoot(String.join(", ", denied));
        }
        if (present.isEmpty()) {
            String what = all.isEmpty() ? absent : all.get(0).path() + " is not present";
            return CheckResult.info(what + "; nothing to check",
                    all.isEmpty() ? new Evidence[0] : new Evidence[] {new Evidence(all.get(0).path(), "not present")});
        }
        List<Evidence> bad = new ArrayList<>();
        List<Evidence> good = new ArrayList<>();
        for (FileFact f : present) {
            (expectation.holds(f) ? good : bad).add(new Evidence(f.path(), f.describe()));
        }
        if (!bad.isEmpty()) {
            return CheckResult.warn("wanted " + expectation.wanted(), bad);
        }
        return new CheckResult(Result.PASS, expectation.wanted(), good);
    }
}
