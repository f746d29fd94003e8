package org.momentum.quality;

/**
 * Peer comparison: the enterprise's year-on-year growth against the median growth of its peers in the same
 * division × province × size class, scaled by their MAD. Where that cell has fewer than {@link #MIN_PEERS}
 * reports the peers are the division × size class nationwide, then the division.
 */
public final class PeerGrowthCheck implements Check {
    public static final String NAME = "peer_growth";
    static final double Z_HALF = 5.0;
    static final int MIN_PEERS = 10;
    /** Peers never agree more closely than ±3% (noise of a single month). */
    static final double MIN_SD = 0.03;

    private final String indicator;

    public PeerGrowthCheck() { this("output_value"); }

    public PeerGrowthCheck(String indicator) { this.indicator = indicator; }

    @Override public String name() { return NAME; }

    @Override
    public CheckResult run(QualityContext ctx) {
        int n = ctx.enterprises();
        double[] g = ctx.logGrowth(indicator, 0);
        double[] own = new double[n];
        long[] cell = new long[n], divSize = new long[n], div = new long[n];
        for (int e = 0; e < n; e++) {
            own[e] = ctx.reported(e) ? g[e] : Double.NaN;
            long d = Integer.parseInt(ctx.division(e));
            cell[e] = ((d * 64 + ctx.panel().provinceIndex(e)) * 8) + ctx.sizeClass(e);
            divSize[e] = d * 8 + ctx.sizeClass(e);
            div[e] = d;
        }
        GroupStats[] levels = {GroupStats.of(cell, own), GroupStats.of(divSize, own), GroupStats.of(div, own)};
        double[] z = new double[n], score = new double[n], peerMedian = new double[n];
        int[] peers = new int[n];
        byte[] level = new byte[n];
        for (int e = 0; e < n; e++) {
            z[e] = Double.NaN;
            if (Double.isNaN(own[e])) continue;
            int l = 0;
            while (l < 2 && levels[l].count[e] < MIN_PEERS) l++;
            GroupStats s = levels[l];
            if (s.count[e] < MIN_PEERS) continue;
            double sd = Math.max(MIN_SD, RobustStats.MAD_TO_SD * s.mad[e]);
            z[e] = (own[e] - s.median[e]) / sd;
            peerMedian[e] = s.median[e];
            peers[e] = s.count[e];
            level[e] = (byte) l;
            score[e] = Scores.rising(Math.abs(z[e]), Z_HALF);
        }
        return CheckResult.of(NAME, score, z, indicator, e -> indicator + " " + Wording.change(Math.exp(own[e]))
                + " on a year ago; peers " + Wording.change(Math.exp(peerMedian[e])) + " (median of " + peers[e]
                + " reports of division " + ctx.division(e)
                + (level[e] == 0 ? ", province " + ctx.panel().province(e) : "") + (level[e] <= 1 ? ", " + ctx.sizeName(e) : "")
                + "; robust z " + Wording.stat(z[e]) + ")").withReference(peerMedian);
    }

}
