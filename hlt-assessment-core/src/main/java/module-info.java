/**
 * The library: data loading ({@code data}) and the personal-number screen ({@code privacy}), the domain
 * ({@code instrument}, {@code norms}, {@code scoring}, {@code comparison}, {@code pairing}, {@code series},
 * {@code cohort}) and the adapters ({@code text}, {@code json}, {@code csv}). The CSV plumbing is package-private
 * inside {@code csv}, so every exported package is API.
 *
 * <p>The {@code hlt-assessment-norms} jar (data files only) is not required: it goes on the class path. Its
 * schemas share the resource folder {@code hlt/schema} with this module's, which the module system would treat
 * as a package split between two modules; on the class path {@code DataFiles} finds them through the class
 * loader. commons-math3 has no module name of its own and is required by the name taken from its file.
 *
 * <p>Jackson binds and writes the records of the domain and the JSON documents, hence the qualified opens.
 */
module se.hlt.assessment.core {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.networknt.schema;
    requires de.siegmar.fastcsv;
    requires commons.math3;

    exports se.hlt.assessment.data;
    exports se.hlt.assessment.privacy;
    exports se.hlt.assessment.instrument;
    exports se.hlt.assessment.norms;
    exports se.hlt.assessment.scoring;
    exports se.hlt.assessment.comparison;
    exports se.hlt.assessment.pairing;
    exports se.hlt.assessment.series;
    exports se.hlt.assessment.cohort;
    exports se.hlt.assessment.text;
    exports se.hlt.assessment.json;
    exports se.hlt.assessment.csv;

    opens se.hlt.assessment.instrument to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.norms to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.scoring to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.comparison to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.series to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.cohort to com.fasterxml.jackson.databind;
    opens se.hlt.assessment.json to com.fasterxml.jackson.databind;
}
