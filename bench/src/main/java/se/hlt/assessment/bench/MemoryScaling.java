package se.hlt.assessment.bench;

/**
 * Whether this machine's cores scale for work that computes and for work that touches memory: each measured on one
 * thread and then on two at once, each thread with its own work. Explains why a batch that streams its data through
 * memory may gain nothing from a second thread where a computing loop doubles
 * ({@code bench/results/batch-sdq-two-threads-2026-12-07.txt}).
 *
 * <pre>java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.MemoryScaling</pre>
 */
public final class MemoryScaling {

    private static volatile long sink;

    private MemoryScaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        compute(10_000_000); // compiled before it is timed
        for (boolean memory : new boolean[] {false, true}) {
            for (int threads = 1; threads <= 2; threads++) {
                long start = System.nanoTime();
                Thread[] running = new Thread[threads];
                for (int t = 0; t < threads; t++) {
                    running[t] = new Thread(() -> sink += memory ? touch(new int[64 << 20], 20) : compute(1_500_000_000L));
                    running[t].start();
                }
                for (Thread thread : running) {
                    thread.join();
                }
                System.out.printf("%s, %d thread(s), each its own work: %,d ms%n",
                        memory ? "one int per 64-byte line of 256 MB, 20 passes" : "multiply-xorshift loop",
                        threads, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static long compute(long rounds) {
        long x = 1;
        for (long i = 0; i < rounds; i++) {
            x = x * 0x5851F42D4C957F2DL + 0x14057B7EF767814FL; // Knuth's MMIX multiplier and increment
            x ^= x >>> 29;
        }
        return x;
    }

    private static long touch(int[] array, int passes) {
        long sum = 0;
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < array.length; i += 16) {
                sum += array[i];
                array[i] = (int) sum;
            }
        }
        return sum;
    }
}
