package se.hlt.assessment.csv;

import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.scoring.FormContext;

/**
 * Every form context a CSV row can have (no age or an age in whole years, no sex or a sex), built once, so that
 * scoring a row allocates no context. The id is not part of it: the output keeps the row's own id cell.
 */
final class FormContexts {

    /** The oldest age a cell may give; older is taken for a typing mistake. */
    static final int MAX_AGE = 120;
    /** Stands for an age or sex that the row does not give. */
    static final int NONE = -1;

    private final FormContext[][] byAgeAndSex = new FormContext[MAX_AGE + 2][Sex.values().length + 1];

    FormContexts() {
        for (int age = NONE; age <= MAX_AGE; age++) {
            for (int sex = NONE; sex < Sex.values().length; sex++) {
                FormContext context = FormContext.none();
                if (age != NONE) {
                    context = context.withAge(age);
                }
                if (sex != NONE) {
                    context = context.withSex(Sex.values()[sex]);
                }
                byAgeAndSex[age + 1][sex + 1] = context;
            }
        }
    }

    /**
     * The context for a row.
     *
     * @param age whole years from 0 to {@link #MAX_AGE}, or {@link #NONE}
     * @param sex a {@link Sex} ordinal, or {@link #NONE}
     */
    FormContext of(int age, int sex) {
        return byAgeAndSex[age + 1][sex + 1];
    }
}
