package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;

/** The parsing that every JSON input of this package shares: {@link DataFiles#readTree}, and an object on top. */
final class JsonObjects {

    private JsonObjects() {
    }

    /**
     * The JSON object of {@code json}, or why the text is not one.
     *
     * @param what what the object should be, for the message, e.g. {@code a form}
     */
    static Checked<JsonNode> read(String json, String what) {
        Checked<JsonNode> root = DataFiles.readTree(json);
        if (root.isOk() && !root.orElseThrow().isObject()) {
            return Checked.failed(List.of(what + " is a JSON object"));
        }
        return root;
    }
}
