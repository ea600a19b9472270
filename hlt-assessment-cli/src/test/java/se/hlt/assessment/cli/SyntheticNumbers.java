package se.hlt.assessment.cli;

import java.util.Random;

/**
 * Synthetic personal identity numbers for the command tests: a random date and serial with a computed Luhn check
 * digit, so that no committed file holds a literal number shaped like a real person's. (The core's tests have
 * their own, {@code SyntheticIdentityNumbers}; a test class is not shared between modules.)
 */
final class SyntheticNumbers {

    private SyntheticNumbers() {
    }

    /** Ten digits {@code YYMMDDNNNC} with a valid check digit; a co-ordination number's day (+60) now and then. */
    static String tenDigits(Random random) {
        int day = 1 + random.nextInt(28) + (random.nextInt(4) == 0 ? 60 : 0);
        String nine = String.format("%02d%02d%02d%03d", random.nextInt(100), 1 + random.nextInt(12), day,
                random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nine + (10 - sum % 10) % 10;
    }

    /** {@code YYMMDD-NNNC}, as a personal identity number is usually written. */
    static String withDash(String tenDigits) {
        return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
    }
}
