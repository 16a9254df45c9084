package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PathsTest {

    @Test
    void everyArchiveExtensionIsAnArchiveInEitherCase() {
        // isArchive filters on the last letter first: every extension must get through it
        for (String ext : Paths.ARCHIVE_EXTENSIONS) {
            assertThat(Paths.isArchive("app" + ext)).as(ext).isTrue();
            assertThat(Paths.isArchive("\"dist/APP" + ext.toUpperCase(Locale.ROOT) + "\"")).as(ext).isTrue();
        }
    }

    @Test
    void otherNamesAreNot() {
        for (String name : List.of("go.mod", "go.sum", "package.json", "requirements.txt", "app.tar.txt", ".", "tar", "a.tarr",
                "x.", "")) {
            assertThat(Paths.isArchive(name)).as(name).isFalse();
        }
    }

    @Test
    void baseNameDropsDirectoriesTrailingSlashesAndQuotes() {
        assertThat(Paths.baseName("/out/app")).isEqualTo("app");
        assertThat(Paths.baseName("'conf/'")).isEqualTo("conf");
        assertThat(Paths.baseName("/")).isEqualTo("");
    }
}
