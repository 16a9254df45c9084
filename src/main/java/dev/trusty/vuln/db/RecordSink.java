package dev.trusty.vuln.db;

/**
 * Receives the records an importer reads. {@code source} names the data feed ({@code osv},
 * {@code debian-tracker}, {@code alpine-secdb}); {@code scope} the part of it one input covers
 * ({@code Debian}, {@code PyPI}, {@code v3.20/main}). After a complete input (a whole export,
 * not a single record), {@link #complete} lets the store drop records that disappeared upstream.
 */
public interface RecordSink {

    void accept(String source, String scope, VulnRecord record);

    void complete(String source, String scope);
}
