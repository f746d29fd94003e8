package org.momentum.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal's and staff pages' text colours against WCAG 2.1 AA (4.5:1), measured from the CSS files served. */
class PortalCssContrastTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOR = Pattern.compile("(?:^|;)\\s*color:\\s*(#[0-9a-fA-F]{3,6})");
    private static final Pattern BACKGROUND = Pattern.compile("(?:^|;)\\s*background(?:-color)?:\\s*(#[0-9a-fA-F]{3,6})");

    @Test
    void theRatioMatchesPublishedValues() {
        // WCAG's own extremes, and WebAIM's contrast checker: #777777 on white is 4.47:1 (just fails AA), #767676 4.54:1
        assertEquals(21.0, Contrast.ratio("#000", "#fff"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#0b4f8a", "#0b4f8a"), 1e-12);
        assertEquals(4.48, Contrast.ratio("#777777", "#ffffff"), 0.005);
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.005);
    }

    @Test
    void everyTextColourOfThePortalCssMeetsAa() throws Exception {
        String css = read("/public/css/portal.css").replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            String selector = m.group(1).trim(), body = m.group(2);
            Matcher c = COLOR.matcher(body);
            if (!c.find()) continue;
            Matcher b = BACKGROUND.matcher(body);
            String background = b.find() ? b.group(1) : "#ffffff"; // a rule without its own background sits on a white card
            double r = Contrast.ratio(c.group(1), background);
            checked++;
            if (r < Contrast.AA_NORMAL_TEXT) failures.add(selector + ": " + c.group(1) + " on " + background + " = " + r);
        }
        assertTrue(checked >= 8, "the rules with a text colour were found: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void theSharedColoursThePortalPagesUseMeetAaToo() {
        // from dashboard.css: body text, notes and links on the page and on cards; header text on the header
        String[][] pairs = {{"#1d2733", "#f6f7f9"}, {"#3d4a59", "#f6f7f9"}, {"#3d4a59", "#ffffff"}, {"#0b4f8a", "#ffffff"},
                {"#0b4f8a", "#f6f7f9"}, {"#ffffff", "#0b3d62"}, {"#1d2733", "#fff3cd"}};
        for (String[] p : pairs)
            assertTrue(Contrast.ratio(p[0], p[1]) >= Contrast.AA_NORMAL_TEXT, p[0] + " on " + p[1] + " = " + Contrast.ratio(p[0], p[1]));
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = PortalCssContrastTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
