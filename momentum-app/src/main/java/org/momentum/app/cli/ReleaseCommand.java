package org.momentum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.momentum.app.releases.ReleaseService;
import org.momentum.classification.Period;
import org.momentum.dissemination.Release;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;
import org.momentum.store.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code momentum release}: create, approve, publish, discard and list releases. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Releases: numbers frozen at a cut-off, approved by a publisher, public at their embargo time and never changed again.",
                "The server (momentum serve) publishes approved releases at their embargo time; 'publish' does it at once."},
        subcommands = {ReleaseCommand.Create.class, ReleaseCommand.Approve.class, ReleaseCommand.Publish.class,
                ReleaseCommand.Discard.class, ReleaseCommand.ListReleases.class, ReleasePressCommand.class})
public final class ReleaseCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Options every release subcommand takes. */
    static final class Who {
        @Option(names = "--user", paramLabel = "NAME", description = "Who acts (recorded in the release and the audit log; default: the login name).")
        String user = System.getProperty("user.name", "unknown");
    }

    static Instant instant(CommandSpec spec, String option, String text) {
        if (text == null) return null;
        try {
            return Clocks.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Freezes the store at a cut-off and computes a draft release of one month (indicators and what else the release gathers).",
                    "Once a month is published, a new version is a correction: --correction-of ID --reason TEXT.",
                    "With --cube FILE the indicators are the file's (e.g. the Spark job's OUT/indicators.csv) instead of the engine's,",
                    "once the file is known to be a cube of the frozen reports; otherwise nothing is created (exit code 2)."})
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Mixin Who who;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month released.")
        String period;

        @Option(names = "--embargo", paramLabel = "DATE-TIME", description = "When it becomes public, ISO 8601 (e.g. 2018-04-17T09:30+08:00; without an offset: China time).")
        String embargo;

        @Option(names = "--cutoff", paramLabel = "DATE-TIME", description = "Freeze the reports received up to this instant (default: now).")
        String cutoff;

        @Option(names = "--correction-of", paramLabel = "ID", description = "The published release this version corrects.")
        long correctionOf;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why the correction is made; shown to users.")
        String reason;

        @Option(names = "--cube", paramLabel = "FILE", description = "Release this indicators.csv (formats.md; or the .xlsx of 'indicators --out')"
                + " as the indicator cube instead of computing it. Every row is checked as by 'compute --cube'; its months must be exactly"
                + " those of the reports frozen at the cut-off up to --period, and for every measure and month its national total"
                + " (industry ALL, region ALL: value and enterprises) must equal the frozen reports' (1e-9 relative). Recorded with"
                + " the release: the file and its SHA-256.")
        Path cube;

        @Override
        public Integer call() {
            int p = Period.parseOrNone(period.trim());
            if (p == Period.NONE) throw new ParameterException(spec.commandLine(), "--period: '" + period + "' is not a month YYYY-MM");
            Instant emb = instant(spec, "--embargo", embargo), cut = instant(spec, "--cutoff", cutoff);
            try (Database store = db.open()) {
                long t0 = System.nanoTime();
                ReleaseService.Created c = new ReleaseService(store, ReferenceData.shipped(), Clocks.clock()).create(p, cut, emb, correctionOf, reason, who.user, cube);
                Release r = c.release();
                spec.commandLine().getOut().printf("created release %d: %s version %d, draft, %,d observations from %,d reports received by %s (%.1f s)%n",
                        r.id(), Period.format(r.period()), r.version(), c.observations(), c.reports(), r.cutoff(), (System.nanoTime() - t0) / 1e9);
                if (cube != null) spec.commandLine().getOut().printf("indicators from the cube in %s, checked against the frozen reports%n", cube);
                return 0;
            }
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "A publisher approves a draft; it becomes public at its embargo time.")
    static final class Approve implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Mixin Who who;

        @Option(names = "--id", required = true, description = "The release.")
        long id;

        @Option(names = "--embargo", paramLabel = "DATE-TIME", description = "Set or change the embargo time (ISO 8601).")
        String embargo;

        @Override
        public Integer call() {
            Instant emb = instant(spec, "--embargo", embargo);
            try (Database store = db.open()) {
                Release r = Releases.approve(store, id, who.user, emb, Clocks.now(Clocks.clock()));
                spec.commandLine().getOut().printf("approved release %d (%s version %d); public at %s%n", r.id(), Period.format(r.period()), r.version(), r.embargoAt());
                return 0;
            }
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publishes an approved release now, even before its embargo time (operations and rehearsals; recorded as forced).")
    static final class Publish implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Mixin Who who;

        @Option(names = "--id", required = true, description = "The release.")
        long id;

        @Override
        public Integer call() {
            try (Database store = db.open()) {
                Release r = Releases.publish(store, id, who.user, Clocks.now(Clocks.clock()), true);
                spec.commandLine().getOut().printf("published release %d (%s version %d) at %s: %,d new or revised observations%n",
                        r.id(), Period.format(r.period()), r.version(), r.publishedAt(), Releases.observationCount(store, r.id()));
                return 0;
            }
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Withdraws a draft or approved release before publication.")
    static final class Discard implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;
        @Mixin Who who;

        @Option(names = "--id", required = true, description = "The release.")
        long id;

        @Override
        public Integer call() {
            try (Database store = db.open()) {
                Release r = Releases.discard(store, id, who.user);
                spec.commandLine().getOut().printf("discarded release %d (%s version %d)%n", r.id(), Period.format(r.period()), r.version());
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every release: month, version, status, cut-off, embargo, publication, correction.")
    static final class ListReleases implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DbOption db;

        @Override
        public Integer call() {
            try (Database store = db.open()) {
                List<Release> all = Releases.all(store);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-5s %-7s %-7s %-9s %-27s %-27s %-27s %s%n", "id", "period", "version", "status", "cutoff", "embargo", "published", "correction");
                for (Release r : all)
                    out.printf("%-5d %-7s %-7d %-9s %-27s %-27s %-27s %s%n", r.id(), Period.format(r.period()), r.version(),
                            r.status().name().toLowerCase(), r.cutoff(), dash(r.embargoAt()), dash(r.publishedAt()),
                            r.isCorrection() ? "of " + r.correctionOf() + ": " + r.reason() : "");
                if (all.isEmpty()) out.println("(no releases)");
                return 0;
            }
        }

        private static String dash(Instant i) { return i == null ? "-" : i.toString(); }
    }

}
