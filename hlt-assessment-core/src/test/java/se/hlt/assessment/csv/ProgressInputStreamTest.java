package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.series.SeriesScorer;

/** The bytes-read progress of the batches: reported each step and at the end, out of the input's size. */
class ProgressInputStreamTest {

    @TempDir
    Path dir;

    /** Records every report. */
    private static final class Recorder implements ProgressListener {
        final List<long[]> reports = new ArrayList<>();

        @Override
        public void progress(long done, long total) {
            reports.add(new long[] {done, total});
        }
    }

    @Test
    void reportsOncePerStepCrossedAndOnceAtTheEnd() throws IOException {
        byte[] data = new byte[3_500];
        Recorder recorder = new Recorder();
        try (InputStream in = new BufferedInputStream(new ProgressInputStream(new ByteArrayInputStream(data), recorder,
                data.length, 1_000), 256)) {
            while (in.read() >= 0) {
                // the reader above counts nothing; the stream below counts the buffer's reads
            }
            in.read();
        }
        List<Long> done = recorder.reports.stream().map(r -> r[0]).toList();
        assertEquals(List.of(1_024L, 2_048L, 3_072L, 3_500L), done, "each 1000 bytes crossed, then the end once");
        assertTrue(recorder.reports.stream().allMatch(r -> r[1] == 3_500), "out of the size");
    }

    @Test
    void noListenerMeansTheStreamIsNotWrapped() {
        InputStream in = new ByteArrayInputStream(new byte[1]);
        assertSame(in, ProgressInputStream.of(in, ProgressListener.NONE, 1));
    }

    @Test
    void theSdqBatchReportsTheWholeFileAtTheEnd() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "id,pconsid\nk-1,2\nk-2,1\n", StandardCharsets.UTF_8);
        Recorder recorder = new Recorder();
        SdqCsvBatch.builtIn().run(input, dir.resolve("out.csv"), dir.resolve("err.csv"), SdqBatchOptions.defaults(),
                recorder);
        long size = Files.size(input);
        assertEquals(size, recorder.reports.get(recorder.reports.size() - 1)[0]);
        assertEquals(size, recorder.reports.get(recorder.reports.size() - 1)[1]);
    }

    @Test
    void theOrsBatchReportsTheWholeFileAtTheEnd() throws IOException {
        Path input = dir.resolve("sessions.csv");
        Files.writeString(input, "client,session,instrument,total\nk-1,1,ORS,18.3\nk-1,2,ORS,20.0\n",
                StandardCharsets.UTF_8);
        Recorder recorder = new Recorder();
        SessionsCsvBatch.of(SeriesScorer.builtIn()).run(input, dir.resolve("out.csv"), dir.resolve("err.csv"),
                Optional.empty(), s -> { }, recorder);
        long size = Files.size(input);
        assertEquals(size, recorder.reports.get(recorder.reports.size() - 1)[0]);
    }
}
