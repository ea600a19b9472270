package se.hlt.assessment.csv;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.instrument.ScaleRule;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.scoring.Scorer;

/**
 * The SDQ column names a CSV may use, learnt from the instrument definitions and norms tables of a scorer:
 * the informant prefixes, every question of every version (with the names replaced items stand in for), which
 * of them are scale items, each question's codes, and which scores have band tables.
 *
 * <p>Knowing every version's questions lets the batch tell a column of another version (a mistake to report)
 * from a column it has never heard of (passed through).
 */
final class SdqVocabulary {

    static final String FAMILY = "sdq";

    private final Map<Character, Informant> informantByPrefix = new HashMap<>();
    private final Map<Informant, Character> prefixByInformant = new HashMap<>();
    private final Map<String, boolean[]> codesByQuestion = new HashMap<>();
    private final Set<String> items = new HashSet<>();
    private final Set<String> versions = new HashSet<>();
    /** The questions whose columns may be named without the informant prefix (the definitions say which). */
    private final Set<String> prefixOptional = new HashSet<>();
    /** Scheme and score, e.g. {@code band3/emotion}, for every score some table bands in that scheme. */
    private final Set<String> bandedScores = new HashSet<>();

    SdqVocabulary(Scorer scorer) {
        for (InstrumentDefinition d : scorer.instruments().all()) {
            if (!d.family().equals(FAMILY)) {
                continue;
            }
            versions.add(d.version());
            char prefix = d.variablePrefix().charAt(0);
            informantByPrefix.put(prefix, d.informant());
            prefixByInformant.put(d.informant(), prefix);
            for (Question q : d.questions()) {
                boolean[] codes = codesOf(d, q);
                codesByQuestion.putIfAbsent(q.name(), codes);
                q.replaces().ifPresent(old -> codesByQuestion.putIfAbsent(old, codes));
                if (q.prefixOptional()) {
                    prefixOptional.add(q.name());
                }
            }
            for (ScaleRule scale : d.scales()) {
                for (String item : scale.items()) {
                    items.add(item);
                    d.question(item).flatMap(Question::replaces).ifPresent(items::add);
                }
            }
        }
        for (NormTable table : scorer.norms().all()) {
            if (table.instrument().equals(FAMILY)) {
                table.bands().ifPresent(b -> b.scores().keySet()
                        .forEach(score -> bandedScores.add(b.scheme() + "/" + score)));
            }
        }
    }

    private static boolean[] codesOf(InstrumentDefinition d, Question q) {
        var scale = d.responsesOf(q);
        boolean[] codes = new boolean[scale.maxCode() + 1];
        for (ResponseOption option : scale.options()) {
            codes[option.code()] = true;
        }
        return codes;
    }

    /** Whether a column may name question {@code name} without the informant prefix, e.g. {@code fureduc}. */
    boolean isPrefixOptional(String name) {
        return prefixOptional.contains(name);
    }

    /** The informant whose columns start with {@code prefix}, e.g. {@code p} for parent. */
    Optional<Informant> informant(char prefix) {
        return Optional.ofNullable(informantByPrefix.get(prefix));
    }

    /** The prefix of an informant's columns. */
    char prefix(Informant informant) {
        return prefixByInformant.get(informant);
    }

    /** Whether some version of the SDQ has a question called {@code name} (or an item standing in for it). */
    boolean isQuestion(String name) {
        return codesByQuestion.containsKey(name);
    }

    /** Whether {@code name} is an item of one of the five scales on some version. */
    boolean isItem(String name) {
        return items.contains(name);
    }

    /** The codes question {@code name} accepts, as ticked; index = code. */
    boolean[] codes(String name) {
        return codesByQuestion.get(name);
    }

    /** What question {@code name} accepts under {@code coding}, for a message, e.g. {@code 1, 2, 3 or empty}. */
    String allowedText(String name, AnswerCoding coding) {
        boolean[] codes = codes(name);
        return IntStream.range(0, codes.length).filter(c -> codes[c])
                .mapToObj(c -> String.valueOf(c + coding.offset()))
                .collect(Collectors.joining(", ")) + " or empty";
    }

    /** Whether {@code version} names an SDQ version. */
    boolean isVersion(String version) {
        return versions.contains(version);
    }

    /** The versions known, youngest first (2-4, 4-17, 11-17), for a message. */
    String versionList() {
        Comparator<String> youngestFirst = Comparator.comparingInt(String::length);
        return versions.stream().sorted(youngestFirst.thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Whether some norms table gives bands in {@code scheme} (e.g. {@code band3}) for the score {@code name}; other
     * scores get no column for that scheme (the SDQ's extern and intern have none).
     */
    boolean hasBands(String scheme, String scoreName) {
        return bandedScores.contains(scheme + "/" + scoreName);
    }
}
