package se.hlt.assessment.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validators as a case system gets them ({@code Validation.buildDefaultValidatorFactory()}), each interpolating
 * messages in one locale, as Spring's {@code LocaleContextMessageInterpolator} does with the request's.
 */
final class Validators {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Validators() {
    }

    /** A validator whose messages are in {@code locale}. */
    static Validator in(Locale locale) {
        MessageInterpolator standard = FACTORY.getMessageInterpolator();
        return FACTORY.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale chosen) {
                return standard.interpolate(template, context, chosen);
            }
        }).getValidator();
    }

    /** The violations of {@code object} in {@code locale}, as property path &rarr; message. */
    static Map<String, String> messages(Object object, Locale locale) {
        Set<ConstraintViolation<Object>> violations = in(locale).validate(object);
        Map<String, String> byPath = new TreeMap<>();
        for (ConstraintViolation<Object> v : violations) {
            String previous = byPath.put(v.getPropertyPath().toString(), v.getMessage());
            if (previous != null) {
                byPath.put(v.getPropertyPath().toString(), previous + " | " + v.getMessage());
            }
        }
        return byPath;
    }

    /**
     * A synthetic personal identity number ({@code YYMMDD-NNNC}) with its Luhn check digit, so that no literal of
     * that shape is in the source.
     */
    static String identityNumber(String yymmdd, String serial) {
        String nine = yymmdd + serial;
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return yymmdd + "-" + serial + (10 - sum % 10) % 10;
    }
}
