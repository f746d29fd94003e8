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
 * cube against the same cube in DuckDB SQL) {@code quality} (issue 10: detection of injected falsifications,
 * and the time to score a national month), {@code forecast-m3} (issue 4: M3 against R in the same run), {@code adjust}
 * (issue 5: a national release's adjustment against JDemetra+ directly) and {@code protect} (issue 11: disclosure
 * control of the national release, certified method against the hypercube baseline), {@code page} (issue 7: the dashboard's page budget in headless
 * Chromium) and {@code revise} (issue 2: the server's warm panel after revisions against
 * {@code compute --revised}), {@code submit} (issue 9: durable report submissions over HTTP under load, against pgbench's
 * single-row inserts on the same PostgreSQL). Run through {@code momentum-bench/run.sh NAME [options]}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench import|cube|quality|adjust|protect|page|revise [--enterprises N] [--repeat K] [--dir DIR] [--eval-enterprises N] [--seeds K]"
                    + " | forecast-m3 [--r-series N] [--methods LIST] [--threads T] [--data DIR]"
                    + " | protect [--months M] [--audit-months 6,12] [--audit-sample N] [--full-audit-enterprises N]");
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
            case "quality" -> QualityBench.run(args, enterprises, repeat);
            case "forecast-m3" -> ForecastM3Bench.run(args);
            case "adjust" -> AdjustBench.run(Integer.parseInt(opt(args, "--enterprises", "60000")), repeat);
            case "protect" -> ProtectBench.run(enterprises, repeat, Integer.parseInt(opt(args, "--months", "12")),
                    java.util.Arrays.stream(opt(args, "--audit-months", "6").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                    Integer.parseInt(opt(args, "--audit-sample", "25")),
                    Integer.parseInt(opt(args, "--full-audit-enterprises", "20000")));
            case "page" -> PageBench.run(args, Integer.parseInt(opt(args, "--enterprises", "2000")), Integer.parseInt(opt(args, "--repeat", "5")), dir);
            case "revise" -> ReviseBench.run(enterprises, repeat, dir);
            case "submit" -> SubmitBench.run(args, dir);
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
