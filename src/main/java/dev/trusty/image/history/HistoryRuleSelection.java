package dev.trusty.image.history;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which Dockerfile rules judge an image's history, each choice with its reason. Kept: rules about
 * one instruction that say something about what the image contains or where its content came
 * from. Dropped: rules about the file or a stage as a whole (the synthetic file is one stage
 * behind a made-up FROM), about how the text is written (the builder wrote it, not a person),
 * about build-time errors (the image was built), and whatever an image rule already reports
 * from stronger evidence (the image's files or config). A rule in neither list is dropped, so a
 * new Dockerfile rule is only used on history once someone has decided it belongs there.
 */
final class HistoryRuleSelection {
    private HistoryRuleSelection() {
    }

    /** Rules whose findings on a history entry are kept. */
    static final Map<String, String> KEPT = new TreeMap<>(Map.ofEntries(
            Map.entry("TD008", "apt-get install without versions: the history shows exactly what was installed"),
            Map.entry("TD013", "pip install without versions: same"),
            Map.entry("TD014", "apt-get install without -y: the step ran with a non-interactive default set elsewhere"),
            Map.entry("TD015", "apt-get without --no-install-recommends: extra packages ship in the image"),
            Map.entry("TD016", "npm install without versions"),
            Map.entry("TD018", "apk add without versions"),
            Map.entry("TD028", "gem install without versions"),
            Map.entry("TD030", "yum install without -y, as TD014"),
            Map.entry("TD033", "yum install without versions"),
            Map.entry("TD034", "zypper install without a non-interactive flag, as TD014"),
            Map.entry("TD035", "zypper dist-upgrade: no image rule covers zypper (TI006 is apt only)"),
            Map.entry("TD037", "zypper install without versions"),
            Map.entry("TD038", "dnf install without -y, as TD014"),
            Map.entry("TD041", "dnf install without versions"),
            Map.entry("TD046", "useradd with a high UID without -l: leaves a huge sparse lastlog in the image"),
            Map.entry("TD062", "go install without a version"),
            Map.entry("TD075", "ln replaces /bin/sh: every script in the image gets another shell"),
            Map.entry("TD122", "WORKDIR in a system directory: history shows each one, the config only the last"),
            Map.entry("TD203", "apt install without versions"),
            Map.entry("TD204", "ADD of a URL without --checksum: unverified content (TI003 only says ADD vs COPY)"),
            Map.entry("TD205", "download piped into a shell"),
            Map.entry("TD206", "download without checksum or signature"),
            Map.entry("TD211", "chmod making files world-writable: names the command; TI010 judges the files that result"),
            Map.entry("TD212", "COPY --chown of executables to a non-root owner (BuildKit history keeps the flag)"),
            Map.entry("TD216", "DOCKER_CONTENT_TRUST=0 in ENV or a RUN"),
            Map.entry("TD217", "RUN --security=insecure, when the history records the flag"),
            Map.entry("TD218", "RUN --network=host, when the history records the flag"),
            Map.entry("TD225", "npm i / npm add without versions, as TD016")));

    /** Rules whose findings on history are dropped. */
    static final Map<String, String> DROPPED = new TreeMap<>(Map.<String, String>ofEntries(
            Map.entry("TD000", "parse error: oddly formatted entries are left out instead"),
            Map.entry("TD001", "relative WORKDIR: history records the resolved path, and it is only a build-time trap"),
            Map.entry("TD002", "interactive command in RUN: about the build step, says nothing about the image"),
            Map.entry("TD003", "last USER is root: whole-file; TI001 judges the config's user"),
            Map.entry("TD004", "cd in RUN: Dockerfile style"),
            Map.entry("TD005", "sudo in RUN: TI005 reports the same history entries"),
            Map.entry("TD006", "untagged FROM: about the synthetic FROM"),
            Map.entry("TD007", "latest FROM: about the synthetic FROM"),
            Map.entry("TD009", "apt lists not removed: TI007 judges the files actually left"),
            Map.entry("TD010", "archive copied then extracted: classic history replaces source names by hashes; size only"),
            Map.entry("TD011", "EXPOSE out of range: the engine would have refused it; the config is the truth"),
            Map.entry("TD012", "several HEALTHCHECKs: base and derived images each add theirs"),
            Map.entry("TD019", "apk add without --no-cache: TI007 judges the cache files left"),
            Map.entry("TD020", "ADD instead of COPY: TI003 reports it and knows the base image's rootfs ADD"),
            Map.entry("TD021", "COPY sources without '/': a build error, and classic history merges sources"),
            Map.entry("TD022", "COPY --from undefined stage: history has no stages"),
            Map.entry("TD023", "COPY --from own stage: history has no stages"),
            Map.entry("TD024", "duplicate stage name: history has no stages"),
            Map.entry("TD025", "CMD/ENTRYPOINT not JSON: builders write them as Go lists, not JSON; TI018 judges the config"),
            Map.entry("TD026", "untrusted registry: about the synthetic FROM"),
            Map.entry("TD027", "apt instead of apt-get: script style"),
            Map.entry("TD029", "FROM --platform: about the synthetic FROM"),
            Map.entry("TD032", "yum clean all missing: TI007 judges the cache files left"),
            Map.entry("TD036", "zypper clean missing: TI007 judges the cache files left"),
            Map.entry("TD040", "dnf clean all missing: TI007 judges the cache files left"),
            Map.entry("TD042", "pip without --no-cache-dir: TI007 judges the cache files left"),
            Map.entry("TD043", "ONBUILD wrapping ONBUILD/FROM: a build error"),
            Map.entry("TD044", "ENV self-reference: history records values already expanded"),
            Map.entry("TD045", "COPY to a relative path: history records resolved paths"),
            Map.entry("TD047", "wget without --progress: build log noise"),
            Map.entry("TD048", "label key: labels are judged on the merged config, not per base-image entry"),
            Map.entry("TD049", "required label missing: whole-file"),
            Map.entry("TD050", "label outside the schema: the project's schema does not apply to base-image entries"),
            Map.entry("TD051", "label value: as TD050"),
            Map.entry("TD052", "label value: as TD050"),
            Map.entry("TD053", "label value: as TD050"),
            Map.entry("TD054", "label value: as TD050"),
            Map.entry("TD055", "label value: as TD050"),
            Map.entry("TD056", "label value: as TD050"),
            Map.entry("TD058", "label value: as TD050"),
            Map.entry("TD057", "stage without HEALTHCHECK: whole-stage; TI002 judges the config"),
            Map.entry("TD059", "consecutive RUNs: style, and base and derived images each add RUNs"),
            Map.entry("TD060", "yarn cache not cleaned: TI007 judges the cache files left"),
            Map.entry("TD061", "instruction before FROM: about the synthetic file"),
            Map.entry("TD063", "reserved stage name: history has no stages"),
            Map.entry("TD064", "secret-like ARG/ENV name: TI014 judges ENV and history, with redaction"),
            Map.entry("TD065", "redundant FROM --platform: about the synthetic FROM"),
            Map.entry("TD066", "USER by name: style; TI001 judges the config's user"),
            Map.entry("TD067", "COPY --from a whole filesystem: history has no stages"),
            Map.entry("TD069", "inline pragma used: the synthetic file has none"),
            Map.entry("TD070", "MAINTAINER deprecated: Dockerfile style"),
            Map.entry("TD071", "both wget and curl: whole-stage, and base and derived images differ"),
            Map.entry("TD073", "several CMDs: base and derived images each set one (Trivy disables DS016 on history too)"),
            Map.entry("TD074", "several ENTRYPOINTs: base and derived images each set one (Trivy disables DS007 on history too)"),
            Map.entry("TD076", "pipe without pipefail: build robustness only, and the shell prefix is stripped from history"),
            Map.entry("TD078", "instruction BuildKit would reject: such entries are left out instead"),
            Map.entry("TD101", "stage name casing: history has no stages"),
            Map.entry("TD102", "AS casing: about the synthetic FROM"),
            Map.entry("TD103", "empty continuation line: formatting the builder chose"),
            Map.entry("TD104", "instruction casing: formatting the builder chose"),
            Map.entry("TD105", "FROM with an undeclared ARG: about the synthetic FROM"),
            Map.entry("TD107", "legacy ENV/LABEL 'key value' form: old builders write it that way"),
            Map.entry("TD108", "CMD/ENTRYPOINT/HEALTHCHECK overridden: base and derived images each set theirs"),
            Map.entry("TD109", "FROM invalid with default ARGs: about the synthetic FROM"),
            Map.entry("TD111", "EXPOSE protocol casing: formatting"),
            Map.entry("TD112", "EXPOSE with IP or host port: the config's exposed ports are the truth"),
            Map.entry("TD113", "COPY of a .dockerignore'd file: there is no build context"),
            Map.entry("TD114", "comment format: the synthetic file has no comments"),
            Map.entry("TD115", "undefined variable: history records values already expanded, behind a synthetic FROM"),
            Map.entry("TD116", "base image platform: about the synthetic FROM; the config's platform is the truth"),
            Map.entry("TD120", "index update without install: TI004 reports the same history entries"),
            Map.entry("TD121", "apt-get dist-upgrade: TI006 reports the same history entries"),
            Map.entry("TD200", "image runs as root: whole-file; TI001 judges the config's user"),
            Map.entry("TD201", "low fixed UID: TI001 judges the config's user"),
            Map.entry("TD202", "FROM not pinned by digest: about the synthetic FROM"),
            Map.entry("TD207", "credential in ARG/ENV: TI014 judges ENV and history, with redaction"),
            Map.entry("TD208", "credential value in ARG/ENV/LABEL: TI014, with redaction"),
            Map.entry("TD209", "secret file copied: TI012 finds credential files in the layers, deleted or not"),
            Map.entry("TD210", "build tools in the final stage: every base-image entry would count as the final stage"),
            Map.entry("TD213", "setuid bit added: TI008/TI009 list the setuid files of the image itself"),
            Map.entry("TD214", "remote admin port exposed: TI016 judges the config's exposed ports"),
            Map.entry("TD215", "no HEALTHCHECK: whole-file; TI002 judges the config"),
            Map.entry("TD219", "unused ignore pragma: the synthetic file has none"),
            Map.entry("TD220", "file BuildKit refuses to read: a history always has instructions"),
            Map.entry("TD300", "ShellCheck: script style, and an external program per image")));

    static boolean kept(String ruleId) {
        return KEPT.containsKey(ruleId);
    }
}
