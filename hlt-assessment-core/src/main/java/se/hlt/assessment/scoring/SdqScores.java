package se.hlt.assessment.scoring;

/**
 * The names of the SDQ's scores in the built-in definitions, for {@link FormResult#value(String)} and
 * {@link FormResult#score(String)}: the official short names of the SDQ scoring syntax. Instruments stay data (a
 * definition file names its scores); these constants only save a caller from typing them, and a test checks that
 * each is a score of every built-in SDQ version.
 */
public final class SdqScores {

    /** Emotional symptoms, 0-10. */
    public static final String EMOTION = "emotion";
    /** Conduct problems, 0-10. */
    public static final String CONDUCT = "conduct";
    /** Hyperactivity/inattention, 0-10. */
    public static final String HYPER = "hyper";
    /** Peer relationship problems, 0-10. */
    public static final String PEER = "peer";
    /** Prosocial behaviour, 0-10: higher is better. */
    public static final String PROSOC = "prosoc";
    /** Total difficulties, 0-40: the four difficulty scales. */
    public static final String EBDTOT = "ebdtot";
    /** Externalising, 0-20: conduct and hyperactivity. */
    public static final String EXTERN = "extern";
    /** Internalising, 0-20: emotional and peer. */
    public static final String INTERN = "intern";
    /** The impact score, 0-10 (0-6 on the teacher form). */
    public static final String IMPACT = "impact";

    private SdqScores() {
    }
}
