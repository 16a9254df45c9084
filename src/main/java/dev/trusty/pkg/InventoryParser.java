package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the packages recorded in one kind of file. {@link #wants} is asked for every path of a
 * root filesystem or image (absolute, e.g. {@code /var/lib/dpkg/status}) and must be cheap;
 * {@link #parse} gets the file's bytes. Damaged parts of a file become warnings, the rest is read.
 */
public interface InventoryParser {

    boolean wants(String path);

    List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException;
}
