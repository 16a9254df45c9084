package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Installed RPMs from the SQLite rpm database of current RHEL/Fedora/Alma/Rocky/Amazon images
 * ({@code rpmdb.sqlite}): each row of {@code Packages} holds one header blob, decoded here
 * (index entries of tag/type/offset/count, then the data store). The older BerkeleyDB
 * ({@code Packages}) and NDB ({@code Packages.db}) formats are reported as unsupported.
 */
public final class RpmDbParser implements InventoryParser {

    private static final int NAME = 1000;
    private static final int VERSION = 1001;
    private static final int RELEASE = 1002;
    private static final int EPOCH = 1003;
    private static final int LICENSE = 1014;
    private static final int ARCH = 1022;
    private static final int SOURCERPM = 1044;
    private static final int TYPE_INT32 = 4;
    private static final int TYPE_STRING = 6;
    private static final int TYPE_I18NSTRING = 9;

    @Override
    public boolean wants(String path) {
        return path.equals("/var/lib/rpm/rpmdb.sqlite") || path.equals("/usr/lib/sysimage/rpm/rpmdb.sqlite")
                || path.equals("/var/lib/rpm/Packages") || path.equals("/var/lib/rpm/Packages.db")
                || path.equals("/usr/lib/sysimage/rpm/Packages.db");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        if (!path.endsWith(".sqlite")) {
            warnings.add(path + ": unsupported rpm database format (" + (path.endsWith(".db") ? "NDB" : "BerkeleyDB")
                    + "); only rpmdb.sqlite is read, so the RPM packages of this image are not listed");
            return List.of();
        }
        Path copy = Files.createTempFile("trusty-rpmdb", ".sqlite");
        try {
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(path, layer, copy, warnings);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static List<Package> read(String path, String layer, Path db, Warnings warnings) {
        List<Package> packages = new ArrayList<>();
        Properties props = new Properties();
        props.setProperty("open_mode", "1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, props);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT hnum, blob FROM Packages")) {
            while (rs.next()) {
                try {
                    Header h = Header.decode(rs.getBytes(2));
                    String name = h.string(NAME);
                    if (name == null || name.equals("gpg-pubkey")) {
                        continue; // imported signing keys are stored as pseudo-packages
                    }
                    Integer epoch = h.int32(EPOCH);
                    String evr = (epoch != null && epoch > 0 ? epoch + ":" : "") + h.string(VERSION) + "-" + h.string(RELEASE);
                    String[] source = sourceOf(h.string(SOURCERPM));
                    String sourceVersion = source == null ? evr : (epoch != null && epoch > 0 ? epoch + ":" : "") + source[1];
                    packages.add(new Package(Ecosystem.RPM, "", name, evr, source == null ? name : source[0], sourceVersion,
                            h.string(ARCH), h.string(LICENSE), null, List.of(new Package.FoundIn(path, layer))));
                } catch (RuntimeException e) {
                    warnings.add(path + ": skipped package header " + rs.getLong(1) + " (" + e.getMessage() + ")");
                }
            }
        } catch (SQLException e) {
            warnings.add(path + ": unreadable rpm database (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return packages;
    }

    /** {@code openssl-3.0.7-27.el9.src.rpm} → {@code [openssl, 3.0.7-27.el9]}. */
    static String[] sourceOf(String sourceRpm) {
        if (sourceRpm == null || !sourceRpm.endsWith(".rpm")) {
            return null;
        }
        String s = sourceRpm.substring(0, sourceRpm.length() - ".rpm".length());
        s = s.substring(0, s.lastIndexOf('.')); // .src / .nosrc
        int release = s.lastIndexOf('-');
        int version = release > 0 ? s.lastIndexOf('-', release - 1) : -1;
        if (version <= 0) {
            return null;
        }
        return new String[] {s.substring(0, version), s.substring(version + 1)};
    }

    /** An rpm header as stored in the database: counts, index entries, data store; all big-endian. */
    record Header(ByteBuffer index, ByteBuffer data, int entries) {

        static Header decode(byte[] blob) {
            ByteBuffer b = ByteBuffer.wrap(blob);
            int il = b.getInt();
            int dl = b.getInt();
            if (il <= 0 || dl < 0 || 8L + 16L * il + dl > blob.length) {
                throw new IllegalArgumentException("corrupt header: " + il + " entries, " + dl + " data bytes, "
                        + blob.length + " bytes");
            }
            ByteBuffer index = ByteBuffer.wrap(blob, 8, 16 * il).slice();
            ByteBuffer data = ByteBuffer.wrap(blob, 8 + 16 * il, dl).slice();
            return new Header(index, data, il);
        }

        private int entry(int tag) {
            for (int i = 0; i < entries; i++) {
                if (index.getInt(i * 16) == tag) {
                    return i;
                }
            }
            return -1;
        }

        String string(int tag) {
            int i = entry(tag);
            if (i < 0) {
                return null;
            }
            int type = index.getInt(i * 16 + 4);
            int offset = index.getInt(i * 16 + 8);
            if (type != TYPE_STRING && type != TYPE_I18NSTRING && type != 8) {
                throw new IllegalArgumentException("tag " + tag + " is not a string");
            }
            int end = offset;
            while (end < data.limit() && data.get(end) != 0) {
                end++;
            }
            byte[] bytes = new byte[end - offset];
            data.get(offset, bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        Integer int32(int tag) {
            int i = entry(tag);
            if (i < 0) {
                return null;
            }
            if (index.getInt(i * 16 + 4) != TYPE_INT32) {
                throw new IllegalArgumentException("tag " + tag + " is not an int32");
            }
            return data.getInt(index.getInt(i * 16 + 8));
        }
    }
}
