package dev.trusty.dockerfile.rules;

import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Every Dockerfile rule, in id order. Explicit so start-up needs no scanning and the list reads as a catalogue. */
public final class DockerfileRules {
    public static final List<Rule<LintContext>> ALL = build();

    private DockerfileRules() {
    }

    private static List<Rule<LintContext>> build() {
        List<Rule<LintContext>> all = new ArrayList<>(List.of(
                new WorkdirAbsolute(), new InteractiveCommand(), new LastUserRoot(), new CdInRun(), new SudoInRun(),
                new FromUntagged(), new FromLatest(), new AptGetUnpinned(), new AptListsNotRemoved(),
                new ArchiveCopiedThenExtracted(), new ExposePortRange(), new MultipleHealthchecks(), new PipUnpinned(),
                new AptGetYes(), new AptGetNoRecommends(), new NpmUnpinned(), new ApkUnpinned(), new ApkNoCache(),
                new AddInsteadOfCopy(), new CopyDestinationSlash(), new CopyFromUndefined(), new CopyFromSelf(),
                new DuplicateStageName(), new ExecFormCommand(), new TrustedRegistry(), new AptInScripts(),
                new GemUnpinned(), new FromPlatformFlag(), new YumUnpinned(), new ZypperDistUpgrade(),
                new ZypperUnpinned(), new DnfUnpinned(), new PipCache(), new OnbuildForbidden(), new EnvSelfReference(),
                new CopyRelativeWithoutWorkdir(), new UseraddLog(), new WgetProgress(), new LabelKeyInvalid(),
                new LabelMissing(), new LabelNotInSchema(), new StageWithoutHealthcheck(), new ConsecutiveRuns(),
                new InstructionBeforeFrom(), new GoUnpinned(), new ReservedStageName(), new SecretLikeVariableName(),
                new RedundantTargetPlatform(), new UserByName(), new CopyWholeFilesystem(), new IgnorePragmaUsed(),
                new MaintainerDeprecated(), new WgetAndCurl(), new MultipleCmd(), new MultipleEntrypoint(),
                new LinkBinSh(), new Pipefail(),
                new StageNameCasing(), new FromAsCasing(), new EmptyContinuation(), new InstructionCasing(),
                new UndefinedArgInFrom(), new InvalidDefaultArgInFrom(), new LegacyKeyValue(), new CopyIgnoredFile(),
                new InvalidDefinitionDescription(),
                new UpdateWithoutInstall(), new AptDistUpgrade(), new WorkdirSystemDir(),
                new RunsAsRoot(), new LowFixedUid(), new BaseImageDigest(), new AptUnpinned(), new AddUrlWithoutChecksum(),
                new CurlPipeShell(), new DownloadWithoutVerification(), new SecretNameInArgOrEnv(),
                new SecretValueInArgOrEnv(), new SecretFileCopied(), new BuildToolsInFinalStage(), new WorldWritable(),
                new ExecutablesNotRootOwned(), new SetuidBit(), new RemoteAdminPort(), new NoHealthcheck(),
                new ContentTrustDisabled(), new NpmShorthandUnpinned(), new UndefinedVar(),
                new InvalidBaseImagePlatform(), new MultipleInstructionsDisallowed()));
        all.addAll(AssumeYes.all());
        all.addAll(CacheNotCleaned.all());
        all.addAll(LabelValueInvalid.all());
        all.addAll(ExposeFormat.all());
        all.addAll(RunSecurityFlags.all());
        withTrivyReadings(all);
        withBuildkitReadings(all);
        all.sort(java.util.Comparator.comparing(r -> r.info().id()));
        return List.copyOf(all);
    }

    /**
     * Trivy's checks of the same problems, read exactly as Trivy reads them, beside the rules that carry
     * their DS ids (see {@link ToolReadings}).
     */
    private static void withTrivyReadings(List<Rule<LintContext>> all) {
        Map<String, DockerfileRule> trivy = new HashMap<>();
        List<DockerfileRule> readings = new ArrayList<>(List.of(new TrivyBaseTag(), new TrivyRootUser(),
                new TrivyExposeSsh(), new TrivyAddInsteadOfCopy(), new TrivyNoHealthcheck(),
                new TrivySecretInFinalStage(), new TrivyWgetAndCurl()));
        readings.addAll(TrivyRunText.all());
        readings.forEach(r -> trivy.put(r.info().aliases().getFirst(), r));
        Map<String, java.util.function.Function<DockerfileRule, ToolReadings>> byRule = new HashMap<>();
        byRule.put("TD006", rule -> ToolReadings.of(rule).narrowedBy(trivy.get("DS001")));
        byRule.put("TD007", rule -> ToolReadings.of(rule, trivy.get("DS001")));
        byRule.put("TD040", rule -> ToolReadings.of(rule, trivy.get("DS019"), trivy.get("DS027")));
        Map<String, String> single = Map.ofEntries(Map.entry("TD200", "DS002"), Map.entry("TD214", "DS004"),
                Map.entry("TD020", "DS005"), Map.entry("TD005", "DS010"), Map.entry("TD004", "DS013"),
                Map.entry("TD071", "DS014"), Map.entry("TD032", "DS015"), Map.entry("TD036", "DS020"),
                Map.entry("TD014", "DS021"), Map.entry("TD015", "DS029"), Map.entry("TD215", "DS026"),
                Map.entry("TD207", "DS031"));
        single.forEach((id, check) -> byRule.put(id, rule -> ToolReadings.of(rule, trivy.get(check))));
        all.replaceAll(r -> byRule.containsKey(r.info().id()) ? byRule.get(r.info().id()).apply((DockerfileRule) r) : r);
    }

    /**
     * BuildKit's checks that read a problem differently from hadolint's rule for it, beside that rule; the
     * build reports them, so their own lines are reported by default. (MultipleInstructionsDisallowed stays
     * a rule of its own: BuildKit reports the instructions that are overridden, hadolint the later ones, so
     * their lines never meet.)
     */
    private static void withBuildkitReadings(List<Rule<LintContext>> all) {
        Map<String, DockerfileRule> readings = new HashMap<>();
        for (DockerfileRule r : List.of(new WorkdirRelativePath(), new JsonArgsRecommended(), new FromPlatformConst())) {
            readings.put(r.info().id(), r);
        }
        Map<String, String> byRule = Map.of("TD001", "TD106", "TD025", "TD110", "TD029", "TD117");
        all.replaceAll(r -> byRule.containsKey(r.info().id())
                ? ToolReadings.of((DockerfileRule) r, readings.get(byRule.get(r.info().id()))).reportedByDefault() : r);
    }

    /** Every reading of another tool's check that sits beside a rule (see {@link ToolReadings}). */
    public static List<DockerfileRule> readings() {
        return ALL.stream().filter(r -> r instanceof ToolReadings).flatMap(r -> ((ToolReadings) r).readings().stream()).toList();
    }

    /** Metadata of every rule, for the catalogue and docs. */
    public static List<RuleInfo> infos() {
        return ALL.stream().map(r -> r instanceof ToolReadings t ? t.documented() : r.info()).toList();
    }
}
