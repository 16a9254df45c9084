package dev.trusty.container;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mangled versions of the examples and of run lines must give findings or an InputException with
 * a one-line message, never another exception (which the CLI would show as a crash).
 */
class BadInputFuzzTest {
    private static final String NOISE = ":-[]{}\"'\\$#&|=,@ \n\t0aZ/";

    @TempDir
    Path dir;

    private static String mangle(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !s.isEmpty(); i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return s.toString();
    }

    private void survives(Runnable audit, String input) {
        try {
            audit.run();
        } catch (InputException e) {
            assertThat(e.getMessage()).as(input).isNotBlank().doesNotContain("\n");
        } catch (RuntimeException e) {
            fail("crashed with " + e + " on:\n" + input, e);
        }
    }

    @Test
    void mangledFilesNeverCrash() throws IOException {
        Random random = new Random(42);
        List<Path> sources = List.of(Path.of("examples/docker-compose.yml"), Path.of("examples/k8s/deployment.yaml"));
        for (Path source : sources) {
            String text = Files.readString(source);
            for (int i = 0; i < Integer.getInteger("trusty.fuzzRounds", 150); i++) {
                String mangled = mangle(text, random);
                Path file = dir.resolve(i % 2 == 0 ? "docker-compose.yml" : "manifest.yaml");
                Files.writeString(file, mangled);
                survives(() -> Audits.AUDIT.auditFiles(List.of(file)), mangled);
            }
        }
    }

    @Test
    void mangledRunLinesNeverCrash() {
        Random random = new Random(7);
        String line = Setups.RUN.render(java.util.Map.of("extra", "--mount type=bind,src=/x,dst=/y -p [::1]:80:80/udp "
                + "--restart on-failure:3 --ulimit nproc=5 -e 'A=b c' --cpus 1.5 -m 1g"));
        for (int i = 0; i < 3 * Integer.getInteger("trusty.fuzzRounds", 150); i++) {
            String mangled = mangle(line, random);
            survives(() -> Audits.run(mangled), mangled);
            survives(() -> Audits.AUDIT.auditFiles(List.of()), mangled);
        }
    }
}
