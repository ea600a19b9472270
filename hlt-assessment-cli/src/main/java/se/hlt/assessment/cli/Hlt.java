package se.hlt.assessment.cli;

/** Placeholder. */
public final class Hlt {
    private Hlt() {
    }

    /** Entry point. */
    public static void main(String[] args) {
    }
}
