package dev.trusty.image.layers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSelectorTest {
    static FileEntry file(String path, int mode, long size) {
        return new FileEntry(path, FileEntry.Type.FILE, mode, 0, 0, size, null, 0);
    }

    @Test
    void exactPathsGlobsAndPredicates() {
        FileSelector selector = FileSelector.paths("/etc/passwd")
                .or(FileSelector.globs("**/.ssh/id_*", "/opt/*/config.yml"))
                .or(FileSelector.matching(e -> e.hasAny(FileEntry.SETUID)));
        assertThat(selector.matches(file("etc/passwd", 0644, 10))).isTrue();
        assertThat(selector.matches(file("etc/passwd-", 0644, 10))).isFalse();
        assertThat(selector.matches(file("root/.ssh/id_rsa", 0600, 10))).isTrue();
        assertThat(selector.matches(file(".ssh/id_rsa", 0600, 10))).isTrue();
        assertThat(selector.matches(file("home/a/b/.ssh/id_ed25519", 0600, 10))).isTrue();
        assertThat(selector.matches(file("opt/app/config.yml", 0644, 10))).isTrue();
        assertThat(selector.matches(file("opt/app/sub/config.yml", 0644, 10))).isFalse();
        assertThat(selector.matches(file("usr/bin/su", 04755, 10))).isTrue();
        assertThat(selector.matches(file("usr/bin/ls", 0755, 10))).isFalse();
    }

    @Test
    void pathSetRemembersManyPaths() {
        PathSet set = new PathSet();
        for (int i = 0; i < 100_000; i++) {
            set.add("usr/lib/file" + i);
        }
        set.add("usr/lib/file7");
        assertThat(set.size()).isEqualTo(100_000);
        assertThat(set.contains("usr/lib/file99999")).isTrue();
        assertThat(set.contains("usr/lib/file100000")).isFalse();
    }

    @Test
    void tarPathsAreCleanedAndEscapesRefused() {
        assertThat(TarPaths.normalise("./a//b/./c/")).isEqualTo("a/b/c");
        assertThat(TarPaths.normalise("/etc/passwd")).isEqualTo("etc/passwd");
        assertThat(TarPaths.normalise("a/../b")).isEqualTo("b");
        assertThat(TarPaths.normalise("../etc/passwd")).isNull();
        assertThat(TarPaths.normalise("a/../../b")).isNull();
        assertThat(TarPaths.printable("bad\nname\u0001")).isEqualTo("bad\\x0aname\\x01");
    }

    @Test
    void modeStringLikeLs() {
        assertThat(file("x", 04755, 0).modeString()).isEqualTo("-rwsr-xr-x");
        assertThat(new FileEntry("t", FileEntry.Type.DIRECTORY, 01777, 0, 0, 0, null, 0).modeString()).isEqualTo("drwxrwxrwt");
        assertThat(file("y", 02644, 0).modeString()).isEqualTo("-rw-r-Sr--");
    }
}
