package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.ArrayList;
import java.util.List;

/** The container's main process is a shell, running as root: a root shell is one injection away. */
public final class ShellEntrypointAsRoot implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI018", Domain.IMAGE, "Entrypoint runs a shell as root", Severity.LOW)
            .cwe(250)
            .why("A shell as PID 1 running as root interprets whatever reaches its command line with full rights, and does not forward signals.")
            .fix("Use the exec form with the program itself (ENTRYPOINT [\"/app/server\"]) and a non-root USER.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        String user = image.config().user().strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        if (!(name.isEmpty() || name.equals("root") || name.equals("0"))) {
            return;
        }
        List<String> command = new ArrayList<>(image.config().entrypoint());
        if (command.isEmpty()) {
            command.addAll(image.config().cmd());
        }
        if (command.isEmpty()) {
            return;
        }
        String program = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
        if (program.matches("(?:ba|da|z|a|k)?sh")) {
            String field = image.config().entrypoint().isEmpty() ? "config.Cmd" : "config.Entrypoint";
            out.report(INFO, image.configField(field), "the container starts " + String.join(" ", command.subList(0, Math.min(3, command.size())))
                    + " as root");
        }
    }
}
