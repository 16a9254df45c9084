package dev.trusty.image.rules;

import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.image.ImageModel;

import java.util.List;

/** Every image rule, in id order. Explicit (no classpath scanning) so the catalogue is easy to read. */
public final class ImageRules {
    private ImageRules() {
    }

    public static final List<Rule<ImageModel>> ALL = List.of(
            new RootUser(),
            new MissingHealthcheck(),
            new AddInHistory(),
            new UpdateWithoutInstall(),
            new SudoInHistory(),
            new DistUpgrade(),
            new PackageCacheLeft(),
            new SetuidFiles(),
            new SetuidFiles.Unusual(),
            new WorldWritable(),
            new UnknownOwner(),
            new CredentialFiles(),
            new SecretsInFiles(),
            new SecretsInConfig(),
            new SensitiveVolumes(),
            new RemoteAccessPorts(),
            new LatestTagLabels(),
            new ShellEntrypointAsRoot(),
            new EmptyPassword(),
            new DuplicateIds(),
            new NeedlessFiles());

    public static List<RuleInfo> infos() {
        return ALL.stream().map(Rule::info).toList();
    }
}
