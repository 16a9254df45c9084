package dev.trusty.vuln.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random Debian versions ordered by us and by the real {@code dpkg --compare-versions}. */
class DpkgAgainstDpkgTest {

    private static final String[] ATOMS = {"0", "1", "2", "9", "10", "01", "a", "b", "A", "~", "~~", "+",
            ".", "rc", "dfsg", "deb12u", "bpo", "-1", "-2", "+b1", "~deb12u1", "1:", "2:", "z", ".0"};

    @Test
    void agreesWithDpkgOnGeneratedPairs(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("dpkg") || "true".equals(System.getenv("CI")), "dpkg not installed");
        Random random = new Random(20261123);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            String a = randomVersion(random);
            String b = random.nextInt(5) == 0 ? mutate(a, random) : randomVersion(random);
            pairs.add(new String[] {a, b});
        }
        Path input = dir.resolve("pairs");
        StringBuilder text = new StringBuilder();
        for (String[] p : pairs) {
            text.append(p[0]).append(' ').append(p[1]).append('\n');
        }
        Files.writeString(input, text);
        Process dpkg = new ProcessBuilder("sh", "-c",
                "while read a b; do if dpkg --compare-versions \"$a\" lt \"$b\"; then echo '<';"
                        + " elif dpkg --compare-versions \"$a\" eq \"$b\"; then echo '='; else echo '>'; fi; done < "
                        + input)
                .redirectErrorStream(false).start();
        List<String> verdicts = new String(dpkg.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(dpkg.waitFor()).isZero();
        assertThat(verdicts).hasSize(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            int ours = Integer.signum(DpkgVersion.INSTANCE.compare(pairs.get(i)[0], pairs.get(i)[1]));
            String op = ours < 0 ? "<" : ours > 0 ? ">" : "=";
            assertThat(op).as("%s vs %s", pairs.get(i)[0], pairs.get(i)[1]).isEqualTo(verdicts.get(i));
        }
    }

    /** Valid dpkg versions only: an epoch or not, an upstream starting with a digit, a revision or not. */
    private static String randomVersion(Random random) {
        StringBuilder v = new StringBuilder();
        if (random.nextInt(6) == 0) {
            v.append(random.nextInt(3)).append(':');
        }
        v.append(random.nextInt(12));
        int atoms = random.nextInt(5);
        for (int i = 0; i < atoms; i++) {
            String atom = ATOMS[random.nextInt(ATOMS.length)];
            if (atom.endsWith(":") || atom.startsWith("-")) {
                continue;
            }
            v.append(atom);
        }
        if (random.nextBoolean()) {
            v.append('-').append(random.nextInt(4));
            if (random.nextBoolean()) {
                v.append(random.nextBoolean() ? "+b" : "~deb12u").append(random.nextInt(12));
            }
        }
        return v.toString();
    }

    private static String mutate(String v, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> v + "~";
            case 1 -> v + "+b1";
            case 2 -> "0:" + v.replaceFirst("^\\d+:", "");
            default -> v.replace("1", "01");
        };
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
