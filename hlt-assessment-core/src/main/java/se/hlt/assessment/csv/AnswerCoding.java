package se.hlt.assessment.csv;

import java.util.Optional;

/**
 * How a data file codes the answers to the SDQ questions. The library scores answers as ticked, the first
 * option being 0; some exports number the options from 1 instead.
 */
public enum AnswerCoding {
    /** As ticked: the first option is 0 (items 0&ndash;2, impact 0&ndash;3). The official coding. */
    FROM_ZERO("0-2", 0),
    /** The first option is 1 (items 1&ndash;3, impact 1&ndash;4): 1 is subtracted from every coded answer. */
    FROM_ONE("1-3", 1);

    private final String label;
    private final int offset;

    AnswerCoding(String label, int offset) {
        this.label = label;
        this.offset = offset;
    }

    /** The name a user gives on the command line: {@code 0-2} or {@code 1-3}. */
    public String label() {
        return label;
    }

    /** What is subtracted from a value in the file to get the code as ticked. */
    public int offset() {
        return offset;
    }

    /**
     * The coding a user names: {@code 0-2} or {@code 1-3}.
     *
     * @return the coding, or empty when the text names none
     */
    public static Optional<AnswerCoding> fromText(String text) {
        String trimmed = text.trim();
        for (AnswerCoding coding : values()) {
            if (coding.label.equals(trimmed)) {
                return Optional.of(coding);
            }
        }
        return Optional.empty();
    }
}
