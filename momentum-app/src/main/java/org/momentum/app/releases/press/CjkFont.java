package org.momentum.app.releases.press;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the CJK font for the Chinese PDF is: $MOMENTUM_CJK_FONT, else a TrueType CJK font from Debian's packages
 * (scripts/install-fonts.sh installs fonts-wqy-microhei). Only TrueType outlines will do: PDFBox cannot embed
 * OpenType fonts with CFF outlines, which is what fonts-noto-cjk ships (NotoSansCJK-*.ttc).
 */
public final class CjkFont {
    public static final String ENV = "MOMENTUM_CJK_FONT";
    /** Debian's TrueType CJK fonts, in order of preference. */
    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private CjkFont() {}

    /** The font file to embed, or null when there is none. */
    public static Path find() {
        return find(System.getenv(ENV));
    }

    static Path find(String configured) {
        for (Path p : candidates(configured)) if (Files.isReadable(p)) return p;
        return null;
    }

    static List<Path> candidates(String configured) {
        List<Path> out = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            out.add(Path.of(configured.trim())); // when set, it is the one: a wrong path is said, not silently replaced
            return out;
        }
        for (String k : KNOWN) out.add(Path.of(k));
        return out;
    }

    /** Why no font was found, and how to get one. */
    static String missing(String configured) {
        if (configured != null && !configured.isBlank())
            return ENV + "=" + configured.trim() + " is not a readable font file; set it to a TrueType CJK font (.ttf or .ttc)";
        return "no CJK font for the Chinese PDF: install one with scripts/install-fonts.sh (Debian: apt-get install fonts-wqy-microhei) "
                + "or set " + ENV + " to a TrueType CJK font (.ttf or .ttc; not CFF-based OpenType such as Noto Sans CJK). Looked in " + KNOWN;
    }
}
