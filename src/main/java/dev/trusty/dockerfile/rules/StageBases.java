package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.base.BaseImage;
import dev.trusty.dockerfile.base.BaseImageSource;
import dev.trusty.dockerfile.base.Platform;
import dev.trusty.dockerfile.model.DockerfileModel;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.WordLexer;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each stage is built on, resolved as the build resolves it: FROM's image expanded with the global
 * ARGs, then an earlier stage of that name, {@code scratch}, or an image the settings' {@link BaseImageSource}
 * may know. Shared by the checks that need the base image's env or platform.
 */
final class StageBases {
    /** BuildKit's automatic platform ARGs: in scope for FROM, and in a stage only once declared there. */
    static final Set<String> PLATFORM_ARGS = DockerfileModel.PLATFORM_ARGS.keySet();

    /**
     * One stage's base.
     *
     * @param reference the FROM image after expansion, or null when it uses a variable with no value
     * @param parent    the earlier stage it is built on, or null
     * @param scratch   FROM scratch: an empty image
     * @param image     the base image when the source knows it, else null
     */
    record Base(String reference, Stage parent, boolean scratch, BaseImage image) {
        /** True when the base's environment is known: scratch, a known image, or a stage whose root is known. */
        boolean envKnown(List<Base> all) {
            return parent != null ? all.get(parent.index()).envKnown(all) : scratch || image != null;
        }
    }

    /**
     * The global ARGs and each stage's base, resolved once per file with the settings' build platform and
     * shared by the rules that need them (see {@link LintContext#memo}).
     *
     * @param bases each stage's base, by {@link Stage#index}
     */
    record Resolved(Map<String, String> meta, List<Base> bases) {
        Base base(Stage stage) {
            return bases.get(stage.index());
        }
    }

    /** The platform ARGs for linux/amd64, the build platform when none is known: most files need only these. */
    private static final Map<String, String> DEFAULT_PLATFORM_ARGS = DockerfileModel.PLATFORM_ARGS;

    private StageBases() {
    }

    /** {@link #metaArgs} and {@link #of} for this file with the settings' build platform, computed once per file. */
    static Resolved resolve(LintContext ctx) {
        return ctx.memo(Resolved.class, c -> {
            Map<String, String> meta = metaArgs(c, c.settings().baseImages().buildPlatform().orElse(null));
            return new Resolved(meta, of(c, meta));
        });
    }

    /** Each stage's base, by {@link Stage#index}; {@code meta} are the global ARGs from {@link #metaArgs}. */
    static List<Base> of(LintContext ctx, Map<String, String> meta) {
        BaseImageSource source = ctx.settings().baseImages();
        Base[] out = new Base[ctx.stages().size()];
        for (Stage stage : ctx.stages()) {
            String reference = stage.imageArg() == null ? null : expand(ctx, stage.imageArg().value(), meta);
            Stage parent = reference == null || reference.isEmpty() ? null : ctx.stageNamed(reference, stage);
            boolean scratch = parent == null && "scratch".equalsIgnoreCase(reference);
            BaseImage image = parent != null || scratch || reference == null || reference.isEmpty() ? null
                    : source.find(reference).orElse(null);
            out[stage.index()] = new Base(reference, parent, scratch, image);
        }
        return Arrays.asList(out);
    }

    /**
     * The global ARGs (before the first FROM) with their values, plus the platform ARGs for {@code build}
     * (linux/amd64 when unknown). A global ARG without a default maps to null. Read-only.
     */
    static Map<String, String> metaArgs(LintContext ctx, Platform build) {
        Map<String, String> platform = build == null ? DEFAULT_PLATFORM_ARGS
                : DockerfileModel.platformArgs(build.os(), build.architecture(), build.variant());
        MetaArgs meta = null; // made for the first global ARG: many files have none, and need only the platform ARGs
        for (Instruction i : ctx.preamble()) {
            if (i.is("arg")) {
                if (meta == null) {
                    meta = new MetaArgs(platform);
                }
                for (Arg a : i.args()) {
                    int eq = a.value().indexOf('=');
                    String value = eq < 0 ? null : expand(ctx, a.value().substring(eq + 1), meta);
                    meta.declared.put(Variables.argName(a.value()), value);
                }
            }
        }
        return meta == null ? platform : meta;
    }

    /**
     * The global ARGs over the platform ARGs (a global ARG of the same name hides the automatic one),
     * without copying the platform ARGs for every file.
     */
    private static final class MetaArgs extends AbstractMap<String, String> {
        final Map<String, String> platform;
        final Map<String, String> declared = new LinkedHashMap<>(4);

        MetaArgs(Map<String, String> platform) {
            this.platform = platform;
        }

        @Override
        public String get(Object key) {
            return declared.containsKey(key) ? declared.get(key) : platform.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return declared.containsKey(key) || platform.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() { // the platform ARGs first, as the build declares them
            Map<String, String> all = new LinkedHashMap<>(platform);
            all.putAll(declared);
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }

    /** {@code word} expanded with {@code vars}; null when it is malformed or uses a variable with no value. */
    static String expand(LintContext ctx, String word, Map<String, String> vars) {
        char escape = ctx.dockerfile().escapeToken();
        if (word.indexOf('$') < 0 && word.indexOf('\'') < 0 && word.indexOf('"') < 0 && word.indexOf(escape) < 0) {
            return word; // nothing to expand or unquote: the common FROM
        }
        WordLexer lexer = new WordLexer(escape);
        try {
            String value = lexer.processWord(word, vars::get);
            return lexer.hasUnsetNames() ? null : value;
        } catch (ExpansionException e) {
            return null;
        }
    }
}
