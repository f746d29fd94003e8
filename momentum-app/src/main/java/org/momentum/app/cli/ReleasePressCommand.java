package org.momentum.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.momentum.app.files.AtomicOutput;
import org.momentum.app.releases.press.PressReleases;
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

/** {@code momentum release press}: a release's press release, in English or Chinese, as HTML or PDF. */
@Command(name = "press", mixinStandardHelpOptions = true,
        description = {"Writes a release's press release (headline growth, leading divisions, products) as HTML or PDF.",
                "A draft or approved release gives a preview marked as such; a discarded one has none."})
public final class ReleasePressCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;

    @Option(names = "--release", required = true, paramLabel = "ID", description = "The release.")
    long release;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh", description = "Language: en or zh (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "html", paramLabel = "html|pdf", description = "html or pdf (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file written (replaced whole, never half-written).")
    Path out;

    @Override
    public Integer call() {
        if (!lang.equals("en") && !lang.equals("zh")) throw new ParameterException(spec.commandLine(), "--lang: '" + lang + "' is not en or zh");
        if (!format.equals("html") && !format.equals("pdf")) throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not html or pdf");
        try (Database store = db.open()) {
            Release r = Releases.get(store, release);
            if (r == null) throw new ParameterException(spec.commandLine(), "--release: there is no release " + release);
            if (!PressReleases.hasNumbers(r)) throw new ParameterException(spec.commandLine(), "--release: release " + release + " was discarded; it has no numbers");
            ReferenceData ref = ReferenceData.shipped();
            if (format.equals("pdf")) {
                byte[] pdf = PressReleases.pdf(store, ref, r, lang);
                AtomicOutput.write(out, pdf);
            } else {
                String html = PressReleases.html(store, ref, r, lang, false);
                AtomicOutput.write(out, w -> w.write(html));
            }
            spec.commandLine().getOut().printf("wrote the %s press release of release %d (%s, %s) to %s%n", lang.equals("zh") ? "Chinese" : "English",
                    r.id(), Period.format(r.period()), r.status().name().toLowerCase(java.util.Locale.ROOT), out);
            return 0;
        }
    }
}
