package org.momentum.app.web;

/**
 * WCAG 2.1 contrast ratio of two sRGB colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): (L1 + 0.05) / (L2 + 0.05)
 * of the relative luminances, lighter over darker. AA asks 4.5:1 for normal text.
 */
public final class Contrast {
    public static final double AA_NORMAL_TEXT = 4.5;

    private Contrast() {}

    /** The ratio of two colours written #rgb or #rrggbb. */
    public static double ratio(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.1's relative luminance: each channel linearised (threshold 0.03928 as written there), weighted 0.2126, 0.7152, 0.0722. */
    public static double luminance(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        if (!h.matches("[0-9a-fA-F]{6}")) throw new IllegalArgumentException("'" + hex + "' is not a colour #rgb or #rrggbb");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
