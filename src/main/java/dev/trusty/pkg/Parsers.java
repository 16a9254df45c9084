package dev.trusty.pkg;

import java.util.List;

/** The inventory parsers Trusty ships, OS package databases first. */
public final class Parsers {

    private Parsers() {
    }

    public static List<InventoryParser> all() {
        return List.of(new DpkgStatusParser(), new ApkInstalledParser(), new RpmDbParser(), new JavaArchiveParser(), new NpmParser(),
                new PythonParser(), new ExecutableParser(), new GemspecParser(), new ComposerParser(), new DotnetDepsParser());
    }
}
