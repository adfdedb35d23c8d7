package org.skillgap.cli;

import org.skillgap.json.JsonFiles;

/** JSON for scripts, written with the app's one configured ObjectMapper. */
final class JsonOutput {

    private JsonOutput() {
    }

    static String write(Object value) {
        return JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
