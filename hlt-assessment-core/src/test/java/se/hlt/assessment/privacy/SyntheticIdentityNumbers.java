package se.hlt.assessment.privacy;

/**
 * Builds synthetic personal identity numbers for tests, from a date part and a serial plus a computed Luhn
 * check digit, so that no committed file holds a literal number shaped like a real person's.
 */
public final class SyntheticIdentityNumbers {

    private SyntheticIdentityNumbers() {
    }

    /**
     * Nine digits followed by their Luhn check digit.
     *
     * @param yymmdd six digits of date (day + 60 for a coordination number)
     * @param serial three digits
     */
    public static String tenDigits(String yymmdd, String serial) {
        String nine = yymmdd + serial;
        return nine + checkDigit(nine);
    }

    /** The same number with the wrong check digit. */
    public static String withWrongCheckDigit(String tenDigits) {
        int wrong = (tenDigits.charAt(9) - '0' + 1) % 10;
        return tenDigits.substring(0, 9) + wrong;
    }

    /** {@code YYMMDD-NNNC} from ten digits. */
    public static String withDash(String tenDigits) {
        return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
    }

    /** The Luhn check digit of nine digits: weights 2,1,2,... from the left, digit sums of the products. */
    public static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
