package dev.trusty.host.facts;

import java.util.List;

/**
 * The running dockerd: its pid, how we found it ({@code /var/run/docker.pid} or a /proc scan), its
 * argument vector and the uid it runs as (-1 when /proc did not say).
 */
public record DaemonProcess(int pid, String foundVia, List<String> argv, int uid) {

    public DaemonProcess {
        argv = List.copyOf(argv);
    }

    /** The arguments after the program name. */
    public List<String> args() {
        return argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    }

    public String commandLine() {
        return String.join(" ", argv);
    }

    /** Where flags came from, for evidence. */
    public String source() {
        return "dockerd command line (pid " + pid + ")";
    }
}
