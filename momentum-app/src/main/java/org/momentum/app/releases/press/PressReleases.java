package org.momentum.app.releases.press;

import org.momentum.dissemination.Release;
import org.momentum.dissemination.ReleaseStatus;
import org.momentum.dissemination.press.PressRelease;
import org.momentum.dissemination.press.PressWriter;
import org.momentum.store.Database;
import org.momentum.store.ReferenceData;

/** The press release of a release, composed and rendered as a page or a PDF (the server's routes and the CLI share this). */
public final class PressReleases {
    private PressReleases() {}

    /** Whether a release has numbers to write about: not a discarded one (its observations are deleted). */
    public static boolean hasNumbers(Release r) { return r.status() != ReleaseStatus.DISCARDED; }

    public static PressRelease compose(Database db, ReferenceData ref, Release r, String lang) {
        if (!hasNumbers(r)) throw new IllegalArgumentException("release " + r.id() + " was discarded: it has no numbers");
        return PressWriter.write(PressReleaseData.read(db, ref, r), lang);
    }

    /** The page; a release not yet published is marked as a staff preview. */
    public static String html(Database db, ReferenceData ref, Release r, String lang, boolean links) {
        return PressReleaseHtml.render(compose(db, ref, r, lang), r, r.status() != ReleaseStatus.PUBLISHED, links);
    }

    public static byte[] pdf(Database db, ReferenceData ref, Release r, String lang) {
        return PressReleasePdf.render(html(db, ref, r, lang, false), lang.equals("zh"));
    }
}
