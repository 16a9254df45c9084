package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installed Ruby gems from {@code specifications/*.gemspec} as RubyGems writes them
 * ({@code s.name = "rack".freeze}, {@code s.version = "2.2.8"}, {@code s.licenses = ["MIT".freeze]}).
 */
public final class GemspecParser implements InventoryParser {

    private static final Pattern NAME = Pattern.compile("\\.name\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern VERSION = Pattern.compile("\\.version\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern LICENCES = Pattern.compile("\\.licenses?\\s*=\\s*\\[?\\s*[\"']([^\"']+)[\"']");

    @Override
    public boolean wants(String path) {
        return path.endsWith(".gemspec") && path.contains("/specifications/");
    }

    @Override
    public List<Package> parse(String path, String layer, InputStream content, Warnings warnings) throws IOException {
        String text = new String(content.readNBytes(512 * 1024), StandardCharsets.UTF_8);
        Matcher name = NAME.matcher(text);
        Matcher version = VERSION.matcher(text);
        if (!name.find() || !version.find()) {
            warnings.add(path + ": skipped a gemspec without name or version");
            return List.of();
        }
        Matcher licence = LICENCES.matcher(text);
        return List.of(Package.library(Ecosystem.RUBYGEMS, null, name.group(1), version.group(1),
                licence.find() ? licence.group(1) : null, new Package.FoundIn(path, layer)));
    }
}
