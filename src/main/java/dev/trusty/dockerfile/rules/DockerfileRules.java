package dev.trusty.dockerfile.rules;

import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
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
                new InvalidBaseImagePlatform(), new WorkdirRelativePath(), new MultipleInstructionsDisallowed(),
                new JsonArgsRecommended(), new FromPlatformConst()));
        all.addAll(AssumeYes.all());
        all.addAll(CacheNotCleaned.all());
        all.addAll(LabelValueInvalid.all());
        all.addAll(ExposeFormat.all());
        all.addAll(RunSecurityFlags.all());
        all.sort(java.util.Comparator.comparing(r -> r.info().id()));
        return List.copyOf(all);
    }

    /** Metadata of every rule, for the catalogue and docs. */
    public static List<RuleInfo> infos() {
        return ALL.stream().map(Rule::info).toList();
    }
}
