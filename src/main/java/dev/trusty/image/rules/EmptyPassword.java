package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

/** Accounts in /etc/shadow (or BSD's master.passwd) with an empty password: anyone can log in as them. */
public final class EmptyPassword implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI019", Domain.IMAGE, "Account with an empty password", Severity.HIGH)
            .dockle("DKL-LI-0001").cwe(258)
            .why("An empty password field lets su, login or any PAM service accept that account with no password at all.")
            .fix("Lock the account: RUN passwd -l NAME (or usermod -p '*' NAME).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (String file : new String[] {"/etc/shadow", "/etc/master.passwd"}) {
            image.finalText(file).ifPresent(text -> {
                int line = 0;
                for (String l : text.split("\n")) {
                    line++;
                    String[] f = l.split(":", -1);
                    if (!l.startsWith("#") && f.length > 1 && !f[0].isEmpty() && f[1].isEmpty()) {
                        out.report(INFO, image.configField(file + ":" + line), "account '" + f[0] + "' has an empty password");
                    }
                }
            });
        }
    }
}
