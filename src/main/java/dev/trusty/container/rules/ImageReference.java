package dev.trusty.container.rules;

/** The parts of an image reference rules care about: tag and digest. */
record ImageReference(String repository, String tag, String digest) {

    static ImageReference parse(String ref) {
        String r = ref.trim();
        String digest = "";
        int at = r.indexOf('@');
        if (at >= 0) {
            digest = r.substring(at + 1);
            r = r.substring(0, at);
        }
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        String tag = "";
        if (colon > slash) {
            tag = r.substring(colon + 1);
            r = r.substring(0, colon);
        }
        return new ImageReference(r, tag, digest);
    }

    /** Images given as a sha256 id (inspect's Config.Image may hold one) or through variables cannot be judged. */
    static boolean judgeable(String ref) {
        return !ref.isBlank() && !ref.contains("$") && !ref.startsWith("sha256:") && !ref.matches("[0-9a-f]{12,64}");
    }
}
