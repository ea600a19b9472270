package se.hlt.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.instrument.ResponseScale;

/**
 * The questions of one instrument definition, compiled once: their positions in an answer array, the codes each
 * accepts (a table per question, so checking a code is two array reads) and the text that names them in a
 * problem. Immutable.
 */
final class QuestionCodes {

    private final List<String> names;
    private final Map<String, Integer> indexByName;
    /** Per question and code, whether the code is allowed; a question's table is as long as its highest code + 1. */
    private final boolean[][] allowed;
    /**
     * The same as bits, when every question's codes are below 31 (the SDQ's are 0-2): bit c of a question's mask
     * is set when code c is allowed, and bit 31 always, which is where {@link PreparedInstrument#MISSING} (-1)
     * shifts to. Checking a form is then one read and no branch a question ({@link #allAccepted}). Null for an
     * instrument with higher codes (the ORS family's marks).
     */
    private final int[] masks;
    private final String[] allowedText;
    /** Whether a question is answered on a numeric range (its bad answers are out of range, not bad codes). */
    private final boolean[] onRange;
    private final int[] decimals;

    private QuestionCodes(InstrumentDefinition d) {
        int n = d.questions().size();
        names = d.questions().stream().map(Question::name).toList();
        indexByName = new HashMap<>();
        allowed = new boolean[n][];
        allowedText = new String[n];
        onRange = new boolean[n];
        decimals = new int[n];
        for (int q = 0; q < n; q++) {
            Question question = d.questions().get(q);
            indexByName.put(question.name(), q);
            ResponseScale rs = d.responsesOf(question);
            allowed[q] = new boolean[rs.maxCode() + 1];
            onRange[q] = rs.isRange();
            decimals[q] = rs.decimals();
            if (rs.isRange()) {
                Arrays.fill(allowed[q], rs.minCode(), rs.maxCode() + 1, true);
                allowedText[q] = rs.valueOf(rs.minCode()).toPlainString() + " to "
                        + rs.valueOf(rs.maxCode()).toPlainString() + " or empty";
            } else {
                for (ResponseOption option : rs.options()) {
                    allowed[q][option.code()] = true;
                }
                allowedText[q] = rs.options().stream().map(o -> String.valueOf(o.code()))
                        .collect(Collectors.joining(", ")) + " or empty";
            }
        }
        masks = masksOf(allowed);
        // after every current name is in, so that an old name never shadows a question that has it now
        for (Question question : d.questions()) {
            question.replaces().ifPresent(old -> indexByName.putIfAbsent(old, indexByName.get(question.name())));
        }
    }

    /** Compiles the questions of {@code d}. */
    static QuestionCodes of(InstrumentDefinition d) {
        return new QuestionCodes(d);
    }

    /** How many questions, so how long an answer array is. */
    int count() {
        return allowed.length;
    }

    /** The questions' names in answer-array order. */
    List<String> names() {
        return names;
    }

    String name(int question) {
        return names.get(question);
    }

    /** The position of a question, by its name or the name it replaces; null when there is none. */
    Integer indexOrNull(String questionName) {
        return indexByName.get(questionName);
    }

    OptionalInt indexOf(String questionName) {
        Integer i = indexByName.get(questionName);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The question's highest code: the most points one answer can give. */
    int maxCode(int question) {
        return allowed[question].length - 1;
    }

    boolean accepts(int question, int code) {
        return code >= 0 && code < allowed[question].length && allowed[question][code];
    }

    String allowedCodes(int question) {
        return allowedText[question];
    }

    int decimalsOf(int question) {
        return decimals[question];
    }

    /** A code of the question as the form gave it, with its decimals, e.g. {@code "6.5"} for 65 on the ORS. */
    String shown(int question, int code) {
        return BigDecimal.valueOf(code, decimals[question]).toPlainString();
    }

    /** What {@link #codeOf} gives for an answer that is no code of its question. */
    static final int NOT_A_CODE = Integer.MIN_VALUE;

    /**
     * The code of an answer given as a number: the number in whole units of the question's decimals (6.5 is 65 on
     * an ORS mark, 2 is 2 on an SDQ item), or {@link #NOT_A_CODE} when it has more decimals or lies beyond every
     * code.
     */
    int codeOf(int question, BigDecimal answer) {
        if (answer.signum() < 0 || answer.compareTo(BigDecimal.valueOf(maxCode(question))) > 0) {
            return NOT_A_CODE; // checked before moving the point, so that 1E+999999999 costs nothing
        }
        BigDecimal units = answer.movePointRight(decimals[question]);
        if (units.signum() != 0 && units.stripTrailingZeros().scale() > 0) {
            return NOT_A_CODE;
        }
        return units.intValueExact();
    }

    /** Why an answer given as a number is not accepted: out of range (or not a code), or too many decimals. */
    Problem answerProblem(int question, BigDecimal answer) {
        // a huge exponent is shown as written (1E+12), never expanded into its digits
        String shown = answer.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? answer.toString()
                : answer.toPlainString();
        BigDecimal units = answer.movePointRight(decimals[question]);
        boolean outside = units.signum() < 0 || units.compareTo(BigDecimal.valueOf(maxCode(question))) > 0;
        if (!outside && units.stripTrailingZeros().scale() > 0) {
            return Problem.of(names.get(question), decimals[question] == 0 ? ProblemKind.NOT_A_WHOLE_NUMBER
                    : ProblemKind.TOO_MANY_DECIMALS, shown, allowedText[question]);
        }
        return Problem.of(names.get(question), onRange[question] ? ProblemKind.OUT_OF_RANGE
                : ProblemKind.CODE_NOT_ALLOWED, shown, allowedText[question]);
    }

    Problem codeProblem(int question, int code) {
        if (onRange[question]) {
            return Problem.of(names.get(question), ProblemKind.OUT_OF_RANGE, shown(question, code),
                    allowedText[question]);
        }
        return Problem.of(names.get(question), ProblemKind.CODE_NOT_ALLOWED, String.valueOf(code),
                allowedText[question]);
    }

    private static int[] masksOf(boolean[][] allowed) {
        int[] masks = new int[allowed.length];
        for (int q = 0; q < allowed.length; q++) {
            if (allowed[q].length > 31) {
                return null;
            }
            masks[q] = 1 << 31;
            for (int code = 0; code < allowed[q].length; code++) {
                masks[q] |= allowed[q][code] ? 1 << code : 0;
            }
        }
        return masks;
    }

    /**
     * Whether every code of a form is {@link PreparedInstrument#MISSING} or accepted, by the masks: {@code c + 1}
     * past 31 is a code no mask has (or below -1), and a clear bit at {@code c} one the question does not accept.
     * A third of the engine's time went to checking codes one branch at a time (bench/results/engine.json).
     */
    private boolean allAccepted(int[] codes) {
        int[] m = masks;
        int bad = 0;
        for (int q = 0; q < m.length; q++) {
            int c = codes[q];
            bad |= (c + 1) >>> 5 | ~(m[q] >>> c) & 1;
        }
        return bad == 0;
    }

    /**
     * A problem for each code not {@link PreparedInstrument#MISSING} that its question does not accept.
     *
     * @param codes one per question (the caller has checked the length)
     */
    List<Problem> problems(int[] codes) {
        if (masks != null && allAccepted(codes)) {
            return List.of();
        }
        List<Problem> problems = List.of(); // no list allocated for the usual form, which has none
        for (int q = 0; q < codes.length; q++) {
            int code = codes[q];
            if (code != PreparedInstrument.MISSING && !accepts(q, code)) {
                if (problems.isEmpty()) {
                    problems = new ArrayList<>();
                }
                problems.add(codeProblem(q, code));
            }
        }
        return problems;
    }
}
