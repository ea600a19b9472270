package se.hlt.assessment.scoring;

/**
 * The names of the ORS/SRS family's scales and scores in the built-in definitions (which are also the names of
 * their marks in a form's answers). Instruments stay data; a test checks each constant against the shipped
 * definitions.
 */
public final class OrsSrsScores {

    /** ORS and CORS: Individually (Individuellt), 0.0-10.0. */
    public static final String INDIVIDUALLY = "individually";
    /** ORS and CORS: Interpersonally (Nära relationer), 0.0-10.0. */
    public static final String INTERPERSONALLY = "interpersonally";
    /** ORS and CORS: Socially (Socialt), 0.0-10.0. */
    public static final String SOCIALLY = "socially";
    /** SRS and CSRS: Relationship (Relation), 0.0-10.0. */
    public static final String RELATIONSHIP = "relationship";
    /** SRS and CSRS: Goals and topics (Mål och ämne), 0.0-10.0. */
    public static final String GOALS = "goals";
    /** SRS and CSRS: Approach or method (Sätt att arbeta eller metod), 0.0-10.0. */
    public static final String APPROACH = "approach";
    /** Every four-scale form: Overall (Allmänt), 0.0-10.0. */
    public static final String OVERALL = "overall";
    /** Every four-scale form: the sum of the four marks, 0.0-40.0, or a total recorded alone. */
    public static final String TOTAL = "total";
    /** YCORS and YCSRS: the one rating, 1-4. */
    public static final String RATING = "rating";

    private OrsSrsScores() {
    }
}
