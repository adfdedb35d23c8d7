package org.skillgap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.skillgap.catalog.Json;

/** JSON for scripts, written with the app's one configured ObjectMapper. */
final class JsonOutput {

    private JsonOutput() {
    }

    static String write(Object value) throws JsonProcessingException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
