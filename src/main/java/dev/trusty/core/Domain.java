package dev.trusty.core;

import java.util.Locale;

/** What kind of target a rule looks at; also the first letter(s) of its id scheme. */
public enum Domain {
    DOCKERFILE("TD"), IMAGE("TI"), CONTAINER("TC"), HOST("TH"), VULNERABILITY("TV");

    private final String idPrefix;

    Domain(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
