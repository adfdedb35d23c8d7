package org.skillgap.json;

import tools.jackson.databind.JsonNode;

import org.skillgap.model.Messages;

/** What a value in a file is, in a person's words: "the text "3"", "the number 7", "a list". */
public final class Found {

    private Found() {
    }

    public static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Messages.get("json.type.null");
        }
        if (node.isString()) {
            return Messages.get("json.found.text", JsonPath.shorten(node.stringValue()));
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() && !node.canConvertToInt()
                    ? Messages.get("json.found.hugeNumber")
                    : Messages.get("json.found.number", JsonPath.shorten(node.asString()));
        }
        if (node.isBoolean()) {
            return Messages.get("json.found.boolean", node.asString());
        }
        return Messages.get(node.isArray() ? "json.type.array" : "json.type.object");
    }
}
