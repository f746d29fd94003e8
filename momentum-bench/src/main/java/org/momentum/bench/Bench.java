package org.momentum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * End-to-end benchmarks, each against the baseline its issue names, measured in the same run:
 * {@code import} (issue 2: reports import against DuckDB's read_csv) and {@code cube} (issue 3: the indicator
 * cube against the same cube in DuckDB SQL), {@code revise} (issue 2: the server's warm panel after revisions against
 * {@code compute --revised}). Run through {@code momentum-bench/run.sh NAME [options]}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench import|cube|revise [--enterprises N] [--repeat K] [--dir DIR]");
            System.exit(2);
        }
        String what = args[0];
        int enterprises = Integer.parseInt(opt(args, "--enterprises", "400000"));
        int repeat = Integer.parseInt(opt(args, "--repeat", "3"));
        Path dir = Path.of(opt(args, "--dir", "bench-data"));
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "machine: %d cores, max heap %.1f GB, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1e9, System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        switch (what) {
            case "import" -> ImportBench.run(enterprises, repeat, dir);
            case "cube" -> CubeBench.run(enterprises, repeat, dir);
            case "parse" -> ImportBench.parseOnly(enterprises, repeat, dir);
            case "revise" -> ReviseBench.run(enterprises, repeat, dir);
            default -> {
                System.err.println("unknown benchmark " + what);
                System.exit(2);
            }
        }
    }

    static String opt(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return dflt;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Resets the peak of every heap pool, so {@link #peakHeap} covers what follows. */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
