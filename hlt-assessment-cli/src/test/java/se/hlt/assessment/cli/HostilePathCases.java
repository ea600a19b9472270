package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Inputs and outputs that are not plain files: devices, pipes, folders, links (good, broken, looping), paths
 * under {@code /proc}, missing folders, names at the file-name limit or holding a personal number, an output that
 * is the input, a temporary file a killed run left; for every command that writes files.
 */
final class HostilePathCases {

    private final Path root;
    private final Random random;
    private int next;

    HostilePathCases(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    private Path caseDir() throws IOException {
        return Files.createDirectories(root.resolve("p" + next++));
    }

    /** How a command is called with this input and output. */
    private record Command(String name, BiFunction<Path, Path, List<String>> line, String example) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("batch sdq", (in, out) -> List.of("batch", "sdq", "--in", in.toString(), "--out",
                    out.toString()), "sdq-parent-batch.csv"),
            new Command("batch ors", (in, out) -> List.of("batch", "ors", "--in", in.toString(), "--out",
                    out.toString()), "ors-sessions.csv"),
            new Command("compare", (in, out) -> List.of("compare", "--baseline", in.toString(), "--followup",
                    ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", out.toString()),
                    "sdq-baseline.csv"),
            new Command("report", (in, out) -> List.of("report", "--out", out.toString(), in.toString()),
                    "sdq-parent-baseline.json"),
            new Command("score", (in, out) -> List.of("score", in.toString()), "ors-series.json"));

    List<HostileCase> all() throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        for (Command command : COMMANDS) {
            for (String shape : List.of("out is a folder", "out is a broken link", "out is a link to a file",
                    "out in a missing folder", "out under /proc", "out is the input", "out is a device",
                    "out is a pipe", "out name at the limit", "out name with a personal number",
                    "in is a folder", "in is missing", "in is a pipe", "in is /proc/self/status", "in is /dev/null",
                    "in is a link", "in is a looping link", "in name with a personal number", "stale temporary file",
                    "in is missing, named with a personal number")) {
                if (command.name().equals("score") && (shape.startsWith("out") || shape.startsWith("stale"))) {
                    continue;
                }
                cases.add(pathCase(command, shape));
            }
        }
        return cases;
    }

    private HostileCase pathCase(Command command, String shape) throws IOException {
        Path dir = caseDir();
        Path example = ScoreCommandTest.example(command.example());
        String ext = command.example().substring(command.example().lastIndexOf('.'));
        Path in = Files.copy(example, dir.resolve("in" + ext));
        Path out = dir.resolve(command.name().equals("report") ? "out.html" : "out.csv");
        Path plain = out;
        HostileCase.Builder b = new HostileCase.Builder("paths " + command.name(), shape, dir);
        List<String> pins = new ArrayList<>();
        switch (shape) {
            case "out is a folder" -> {
                Files.createDirectory(out);
                b.exits(3);
            }
            case "out is a broken link" -> {
                Files.createSymbolicLink(out, dir.resolve("nowhere/x"));
                b.exits(3).after(() -> Files.isSymbolicLink(plain) ? Optional.empty()
                        : Optional.of("output replaced: the broken link is gone"));
            }
            case "out is a link to a file" -> {
                Path target = Files.writeString(dir.resolve("target" + ext), "old");
                Files.createSymbolicLink(out, target);
                b.after(() -> Files.isSymbolicLink(plain) ? Optional.empty()
                        : Optional.of("output replaced: the link was replaced by a file"));
            }
            case "out in a missing folder" -> out = dir.resolve("missing/deeper/" + out.getFileName());
            case "out under /proc" -> {
                out = Path.of("/proc/hlt-hostile-" + next + "/" + out.getFileName());
                b.exits(3);
            }
            case "out is the input" -> {
                out = in;
                byte[] before = Files.readAllBytes(in);
                Path kept = in;
                b.after(() -> unchanged(kept, before));
            }
            case "out is a device" -> out = device(dir, b);
            case "out is a pipe" -> {
                Path fifo = fifo(dir.resolve("pipe"));
                b.before(() -> drain(fifo));
                out = fifo;
            }
            case "out name at the limit" -> out = dir.resolve("o".repeat(255 - ext.length()) + ext);
            case "out name with a personal number" -> {
                String core = HostileNumbers.core(random);
                pins.add(core);
                out = dir.resolve("missing-" + HostileNumbers.shaped(0, core)).resolve("out" + ext);
            }
            case "in is a folder" -> in = Files.createDirectory(dir.resolve("folder" + ext));
            case "in is missing" -> in = dir.resolve("nothing" + ext);
            case "in is a pipe" -> {
                Path fifo = fifo(dir.resolve("in-pipe" + ext));
                b.before(() -> feed(fifo, example));
                in = fifo;
            }
            case "in is /proc/self/status" -> in = Path.of("/proc/self/status");
            case "in is /dev/null" -> in = Path.of("/dev/null");
            case "in is a link" -> in = Files.createSymbolicLink(dir.resolve("link" + ext), in);
            case "in is a looping link" -> {
                Path a = dir.resolve("a" + ext);
                Files.createSymbolicLink(a, dir.resolve("b" + ext));
                Files.createSymbolicLink(dir.resolve("b" + ext), a);
                in = a;
            }
            case "in name with a personal number", "in is missing, named with a personal number" -> {
                String core = HostileNumbers.core(random);
                pins.add(core);
                Path named = dir.resolve(HostileNumbers.shaped(random.nextInt(9), core).replace('/', '-') + ext);
                in = shape.startsWith("in is missing") ? named : Files.move(in, named);
            }
            case "stale temporary file" -> {
                Path stale = Files.writeString(dir.resolve("." + out.getFileName() + ".999999999-abc.part"), "x");
                b.after(() -> Files.exists(stale) ? Optional.of("temporary file left: a stale one was not removed")
                        : Optional.empty());
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return b.input(in).pins(pins).args(command.line().apply(in, out).toArray(String[]::new)).build();
    }

    private static Optional<String> unchanged(Path input, byte[] before) {
        try {
            return java.util.Arrays.equals(before, Files.readAllBytes(input)) ? Optional.empty()
                    : Optional.of("input overwritten: the output was written over the input");
        } catch (IOException e) {
            return Optional.of("input overwritten: the input is gone");
        }
    }

    /** A character device of our own (as /dev/null), so that a run that replaced it harms nothing. */
    private static Path device(Path dir, HostileCase.Builder b) throws IOException {
        Path node = dir.resolve("null-device");
        run("mknod", node.toString(), "c", "1", "3");
        if (!Files.exists(node, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("mknod could not make a device node: the device case cannot run");
        }
        b.after(() -> Files.isRegularFile(node, LinkOption.NOFOLLOW_LINKS) || !Files.exists(node)
                ? Optional.of("output replaced: the device node was replaced") : Optional.empty());
        return node;
    }

    private static Path fifo(Path path) throws IOException {
        run("mkfifo", path.toString());
        if (!Files.exists(path)) {
            throw new IllegalStateException("mkfifo could not make a pipe: the pipe case cannot run");
        }
        return path;
    }

    private static void run(String... command) throws IOException {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void drain(Path fifo) {
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the run is over
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static void feed(Path fifo, Path from) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(from, out);
            } catch (IOException e) {
                // the run did not read it
            }
        });
        writer.setDaemon(true);
        writer.start();
    }
}
