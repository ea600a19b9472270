package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.CohortTally;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.json.CohortReading;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.TableRef;

/**
 * Reads pairs files (as {@link SdqPairsCsv} writes them) into a {@link CohortReport}: the library behind
 * {@code hlt cohort}. Several files can be given, e.g. one per informant; each score is reported on its own
 * ({@code pemotion} and {@code temotion} are different measures).
 *
 * <p>Each row's group is made of its cells in the grouping columns, trimmed, and {@code ageband}, derived from
 * {@code age} (the age at baseline) with {@link se.hlt.assessment.cohort.AgeBands#hlt()}. A row with a cell that
 * cannot be read is left out and listed; a file whose grouping cells hold something that looks like a personal
 * identity number is refused, and so is a file that is not a regular one (a pipe: it is read from two places). A
 * large file is read by two threads, each from its half (see {@link ByteCsvScanner}). Immutable and thread-safe.
 */
public final class CohortCsv {

    /** Files smaller than this are read by one thread: starting a second would cost more than it saves. */
    private static final long SPLIT_ABOVE = 8L << 20;

    private final PairsKnowledge knowledge;
    private final long splitAbove;
    private final boolean multilineCells;

    private CohortCsv(PairsKnowledge knowledge, long splitAbove, boolean multilineCells) {
        this.knowledge = knowledge;
        this.splitAbove = splitAbove;
        this.multilineCells = multilineCells;
    }

    CohortCsv splittingAbove(long bytes) { // reads by two threads a file whose rows take more than bytes (tests)
        return new CohortCsv(knowledge, bytes, multilineCells);
    }

    /**
     * This reader, reading a row that runs over lines (a note with line breaks, as {@code hlt compare
     * --multiline-cells} writes it) as a pair (true), or leaving it out naming its lines (false, the default).
     */
    public CohortCsv withMultilineCells(boolean allowed) {
        return new CohortCsv(knowledge, splitAbove, allowed);
    }

    /** Reading with the built-in definitions and norms tables and the shipped Added Value Score model. */
    public static CohortCsv builtIn() {
        return new CohortCsv(PairsKnowledge.builtIn(), SPLIT_ABOVE, false);
    }

    /**
     * Reads {@code files} and makes the report.
     *
     * @param files the pairs files, at least one
     * @param grouping the columns to group by
     * @param minimum the smallest count shown, 1 or more
     * @param progress told how many rows have been read
     * @return the report, or why a file was refused
     * @throws IOException if a file cannot be read
     */
    public Outcome<CohortSummary> read(List<Path> files, Grouping grouping, int minimum, ProgressListener progress)
            throws IOException {
        Objects.requireNonNull(grouping, "grouping");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no pairs file given");
        }
        List<Opened> opened = new ArrayList<>();
        try {
            for (Path file : files) {
                Optional<Refusal> unreadable = Inputs.notFiles(List.of(file));
                Outcome<Opened> one = unreadable.isPresent() ? Outcome.refused(unreadable.get()) : open(file, grouping);
                if (one.refusal().isPresent()) {
                    return new Outcome.Refused<>(Optional.of(name(file)), one.refusal().get());
                }
                opened.add(one.summary().orElseThrow());
            }
            List<CohortScale> scales = new ArrayList<>();
            for (Opened o : opened) {
                for (PairsHeader.ScaleColumns c : o.header.scales) {
                    if (!scales.contains(c.scale())) {
                        scales.add(c.scale());
                    }
                }
            }
            SharedProgress shared = new SharedProgress(progress);
            try {
                return readAll(opened, scales, grouping, minimum, shared);
            } finally {
                shared.finished();
            }
        } finally {
            for (Opened o : opened) {
                o.channel.close();
            }
        }
    }

    /** A file whose header has been read. */
    private record Opened(Path file, FileChannel channel, CsvInputStart start, PairsHeader header, long dataStart) {
    }

    private Outcome<Opened> open(Path file, Grouping grouping) throws IOException {
        CsvInputStart start = TranscodedChannel.peek(file);
        Outcome<FileChannel> transcoded = TranscodedChannel.open(file, start);
        if (transcoded.refusal().isPresent()) {
            return Outcome.refused(transcoded.refusal().get());
        }
        FileChannel channel = transcoded.summary().orElseThrow();
        boolean kept = false;
        try {
            ByteCsvScanner scanner = new ByteCsvScanner(channel, start.delimiter());
            List<Optional<String>> names = new ArrayList<>();
            long dataStart = scanner.scan(start.utf8Bom() ? 3 : 0, channel.size(), record -> {
                for (int i = 0; i < record.size(); i++) {
                    names.add(record.text(i));
                }
                return false;
            });
            if (names.isEmpty()) {
                return Outcome.refused(RefusalKind.EMPTY_FILE);
            }
            if (names.stream().anyMatch(Optional::isEmpty)) {
                return Outcome.refused(RefusalKind.NOT_UTF8, 1);
            }
            List<String> header = names.stream().map(Optional::orElseThrow).toList();
            for (int c = 0; c < header.size(); c++) {
                if (PersonalIdentityNumbers.looksLike(header.get(c))) {
                    return Outcome.refused(RefusalKind.PERSONAL_IDENTITY_NUMBER, String.valueOf(c + 1), 1);
                }
            }
            if (header.size() == 1 && header.get(0).isBlank()) {
                return Outcome.refused(RefusalKind.BLANK_HEADER);
            }
            Outcome<PairsHeader> analysed = PairsHeader.analyse(header, grouping, knowledge);
            if (analysed.refusal().isPresent()) {
                return Outcome.refused(analysed.refusal().get());
            }
            kept = true;
            return Outcome.done(new Opened(file, channel, start, analysed.summary().orElseThrow(), dataStart));
        } finally {
            if (!kept) {
                channel.close();
            }
        }
    }

    private Outcome<CohortSummary> readAll(List<Opened> files, List<CohortScale> scales, Grouping grouping,
                                           int minimum, SharedProgress progress) throws IOException {
        CohortTally all = new CohortTally(scales.size(), knowledge.model());
        List<List<String>> cellKeys = new ArrayList<>();
        Map<List<String>, Integer> cellNumbers = new HashMap<>();
        long rows = 0;
        long leftOut = 0;
        long blankLines = 0;
        long lines = 0;
        List<CohortReading.RowProblem> problems = new ArrayList<>();
        for (Opened file : files) {
            int[] scaleMap = file.header.scales.stream().mapToInt(c -> scales.indexOf(c.scale())).toArray();
            List<PairsChunk> chunks = readFile(file, scaleMap, scales.size(), progress);
            long linesBefore = 1; // the header
            for (PairsChunk chunk : chunks) {
                if (chunk.stop().isPresent()) {
                    PairsChunk.Stop stop = chunk.stop().get();
                    Refusal why = stop.kind() == RefusalKind.NOT_UTF8
                            ? Refusal.of(RefusalKind.NOT_UTF8, linesBefore + stop.line())
                            : Refusal.of(stop.kind(), stop.column(), linesBefore + stop.line());
                    return new Outcome.Refused<>(Optional.of(name(file.file)), why);
                }
                int[] groupMap = new int[chunk.groupValues().size()];
                for (int g = 0; g < groupMap.length; g++) {
                    List<String> values = chunk.groupValues().get(g);
                    groupMap[g] = cellNumbers.computeIfAbsent(values, v -> {
                        cellKeys.add(v);
                        return cellKeys.size() - 1;
                    });
                }
                all.addAll(chunk.tally(), groupMap);
                rows += chunk.records();
                leftOut += chunk.skipped();
                blankLines += chunk.blankLines();
                for (PairsChunk.Problem p : chunk.problems()) {
                    if (problems.size() < PairsChunk.LISTED) {
                        problems.add(new CohortReading.RowProblem(name(file.file), linesBefore + p.line(),
                                p.column(), p.lastLine() == 0 ? p.reason()
                                        : CsvRow.spanReason(linesBefore + p.line(), linesBefore + p.lastLine())));
                    }
                }
                linesBefore += chunk.lines();
            }
            lines += linesBefore;
        }
        Optional<TableRef> avsModel = scales.stream().anyMatch(CohortScale::addedValue)
                ? Optional.of(knowledge.model().ref()) : Optional.empty();
        List<CohortReport> reports = CohortReport.perInstrument(grouping, cellKeys, all, scales, avsModel,
                minimum);
        CsvInputStart first = files.get(0).start;
        String encodings = TranscodedChannel.encodings(files.stream().map(Opened::start).toList());
        return Outcome.done(new CohortSummary(reports, new CohortReading(rows, rows - leftOut, leftOut, blankLines, lines,
                problems, first.delimiter(), first.utf8Bom(), encodings, first.crlf())));
    }

    /**
     * Reads one file's rows: by two threads, each from its half, when it is large. The second half is taken to
     * start after the first line end past the middle; the first thread checks that a row really ends there
     * (rather than a line break inside a quoted cell), and where it does not, the rest is read again from where
     * the first thread's last row ended.
     */
    private List<PairsChunk> readFile(Opened file, int[] scaleMap, int scales, SharedProgress progress)
            throws IOException {
        long size = file.channel.size();
        long split = size - file.dataStart > splitAbove ? lineAfter(file.channel, file.dataStart
                + (size - file.dataStart) / 2, size) : size;
        PairsChunk first = chunk(file, scaleMap, scales, progress);
        if (split >= size) {
            scan(file, file.dataStart, size, first);
            return List.of(first);
        }
        PairsChunk second = chunk(file, scaleMap, scales, progress);
        SecondThread<Long> secondHalf = SecondThread.start("hlt-read-pairs", () -> scan(file, split, size, second));
        long firstEnd = scan(file, file.dataStart, split, first);
        secondHalf.join();
        if (firstEnd == split || first.stop().isPresent()) {
            return List.of(first, second);
        }
        PairsChunk rest = chunk(file, scaleMap, scales, progress);
        scan(file, firstEnd, size, rest);
        return List.of(first, rest);
    }

    private PairsChunk chunk(Opened file, int[] scaleMap, int scales, SharedProgress progress) {
        return new PairsChunk(file.header, scaleMap, scales, new PairBands(knowledge.scorer().norms(),
                file.header.scales), knowledge.model(), progress, multilineCells);
    }

    private static long scan(Opened file, long from, long to, PairsChunk chunk) throws IOException {
        long end = new ByteCsvScanner(file.channel, file.start.delimiter()).scan(from, to, chunk);
        chunk.finish();
        return end;
    }

    /** Where the line after position {@code from} starts (after its LF), or {@code size} if none does. */
    private static long lineAfter(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < size; ) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return size;
    }

    /**
     * Writes {@code reports} as CSV to {@code file}, one after the other: see {@link CohortCsvWriter} for the
     * columns. Written under a temporary name and moved into place when complete.
     *
     * @param reading the reading, whose first file's delimiter and byte order mark the file takes
     * @param keepFormulas whether a group value that starts like a spreadsheet formula is written as it is
     *     rather than with a leading apostrophe
     * @return how many cells of text from the input (group values, column names) started like a formula
     */
    public static FormulaCount write(List<CohortReport> reports, CohortReading reading, Path file,
                                     boolean keepFormulas) throws IOException {
        FormulaCells formulas = FormulaCells.of(keepFormulas);
        try (PendingFile pending = PendingFile.beside(file)) {
            CsvInputStart like = TranscodedChannel.cohortFile(reading);
            try (CsvLineWriter out = CsvLineWriter.of(pending.open(), like).countingIn(formulas)) {
                new CohortCsvWriter(out, reading.delimiter() == ';').write(reports);
            }
            pending.commit();
        }
        return formulas.count();
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
