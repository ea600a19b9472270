package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index check must be able to fail: each kind of disagreement is reported. */
class IndexAgreementTest {

    @Test
    void agreementGivesNoDifferences() {
        assertEquals(List.of(), IndexAgreement.differences(List.of("sdq/a.json", "sdq/b.json"),
                List.of("sdq/b.json", "sdq/a.json")));
    }

    @Test
    void aFileMissingFromTheIndexIsReported() {
        assertEquals(List.of("sdq/b.json is in the folder but not listed in the index, so it is never loaded"),
                IndexAgreement.differences(List.of("sdq/a.json"), List.of("sdq/a.json", "sdq/b.json")));
    }

    @Test
    void anIndexedFileMissingFromTheFolderIsReported() {
        assertEquals(List.of("sdq/b.json is listed in the index but is not in the folder"),
                IndexAgreement.differences(List.of("sdq/a.json", "sdq/b.json"), List.of("sdq/a.json")));
    }

    @Test
    void aFileListedTwiceIsReported() {
        assertEquals(List.of("sdq/a.json is listed twice in the index"),
                IndexAgreement.differences(List.of("sdq/a.json", "sdq/a.json"), List.of("sdq/a.json")));
    }
}
