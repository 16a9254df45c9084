package dev.trusty.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, stamped into the jar by the build. */
final class Versions implements CommandLine.IVersionProvider {
    static final String TOOL = "trusty";

    static String version() {
        try (InputStream in = Versions.class.getResourceAsStream("/dev/trusty/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {TOOL + " " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
