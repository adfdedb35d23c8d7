package org.skillgap.json;

/**
 * Paths into a JSON file in the one form messages use, e.g. {@code skills[3].levelDescriptions[0]}
 * or {@code ratings.cloud-computing}; a key that is not a plain word is quoted: {@code profile["@type"]}.
 * The top level is "".
 */
public final class JsonPath {

    private static final int MAX_KEY_CHARS = 60;

    private JsonPath() {
    }

    public static String child(String parent, String key) {
        if (plainWord(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + shorten(key).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /**
     * {@code [A-Za-z0-9_-]{1,80}}, checked by hand: reading a file asks it for every token, and
     * {@code String.matches} compiled the pattern each time (a third of what reading the catalog
     * allocated at start).
     */
    private static boolean plainWord(String key) {
        if (key.isEmpty() || key.length() > 80) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the value that holds {@code path}; "" for a value at the top level. */
    static String parent(String path) {
        if (path.endsWith("\"]")) {
            int open = path.lastIndexOf("[\"");
            return open <= 0 ? "" : path.substring(0, open);
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** A value quoted in a message, cut to a readable length. */
    public static String shorten(String s) {
        return s.length() <= MAX_KEY_CHARS ? s : s.substring(0, MAX_KEY_CHARS - 3) + "...";
    }
}
