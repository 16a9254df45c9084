package dev.trusty.host.checks;

import dev.trusty.core.Domain;
import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Holds a check's metadata; subclasses only say how they decide. */
abstract class BaseCheck implements HostCheck {
    private RuleInfo info;
    private final String benchId;
    private final int level;

    /**
     * @param id      our rule id, {@code TH001}...
     * @param benchId the CIS / Docker Bench id ({@code 1.1.3}, {@code C.2}); null for Trusty-only checks
     */
    BaseCheck(String id, String benchId, String title, Severity severity, String why, String fix, int level) {
        RuleInfo base = RuleInfo.of(id, Domain.HOST, title, severity).why(why).fix(fix).tags("cis-bench");
        if (benchId == null) {
            this.benchId = id;
        } else if (benchId.startsWith("C.")) {
            base = base.ref(Reference.Kind.OTHER, benchId).tags("community");
            this.benchId = benchId;
        } else {
            base = base.cis(benchId);
            this.benchId = benchId;
        }
        this.info = base;
        this.level = level;
    }

    BaseCheck(String id, String benchId, String title, Severity severity, String why, String fix) {
        this(id, benchId, title, severity, why, fix, 1);
    }

    /** Another tool's id for the same check, for constructors: ignore lists written for that tool keep working. */
    final void alsoKnownAs(Reference.Kind kind, String refId) {
        info = info.ref(kind, refId);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public String benchId() {
        return benchId;
    }

    @Override
    public int level() {
        return level;
    }

    @Override
    public String toString() {
        return benchId + " " + info.id();
    }
}
