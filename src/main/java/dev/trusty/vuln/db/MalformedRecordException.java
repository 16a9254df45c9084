package dev.trusty.vuln.db;

/** A record that cannot be read; the importer skips it with a warning naming it. */
public class MalformedRecordException extends Exception {
    public MalformedRecordException(String message) {
        super(message);
    }
}
