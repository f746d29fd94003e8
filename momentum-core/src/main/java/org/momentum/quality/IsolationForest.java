package org.momentum.quality;

import java.util.SplittableRandom;

/**
 * Isolation forest (Liu, Ting & Zhou 2008, "Isolation Forest", ICDM): anomalies are few and different, so random
 * axis-parallel splits isolate them in fewer steps. Each tree is grown on a subsample of ψ points to height
 * ⌈log2 ψ⌉; the score of x is s = 2^(−E[h(x)] / c(ψ)) with c(n) = 2H(n−1) − 2(n−1)/n the average path length of an
 * unsuccessful binary-search-tree search. s near 1: anomaly; well below 0.5: normal. Seeded, hence deterministic.
 */
public final class IsolationForest {
    private static final double EULER = 0.5772156649015329;

    private final int dims, psi;
    private final Tree[] trees;

    private IsolationForest(int dims, int psi, Tree[] trees) {
        this.dims = dims;
        this.psi = psi;
        this.trees = trees;
    }

    /**
     * @param x       rows of finite features (x[i].length = dims)
     * @param trees   number of trees (100 in the paper)
     * @param psi     subsample size (256 in the paper); cut to the number of rows
     */
    public static IsolationForest fit(double[][] x, int trees, int psi, long seed) {
        if (x.length == 0) throw new IllegalArgumentException("an isolation forest needs at least one row");
        int dims = x[0].length;
        int sub = Math.min(psi, x.length);
        int limit = (int) Math.ceil(Math.log(Math.max(2, sub)) / Math.log(2));
        SplittableRandom rnd = new SplittableRandom(seed);
        Tree[] forest = new Tree[trees];
        int[] idx = new int[sub];
        for (int t = 0; t < trees; t++) {
            // a subsample without replacement, by rejection of repeats
            java.util.HashSet<Integer> seen = new java.util.HashSet<>();
            for (int k = 0; k < sub; k++) {
                int i;
                do i = rnd.nextInt(x.length); while (!seen.add(i));
                idx[k] = i;
            }
            Tree tree = new Tree(2 * sub);
            tree.grow(x, idx, 0, sub, 0, limit, dims, rnd);
            forest[t] = tree;
        }
        return new IsolationForest(dims, sub, forest);
    }

    /** The anomaly score s(x) in (0, 1]. */
    public double score(double[] x) {
        if (x.length != dims) throw new IllegalArgumentException(x.length + " features, the forest has " + dims);
        double h = 0;
        for (Tree t : trees) h += t.pathLength(x);
        return Math.pow(2, -(h / trees.length) / c(psi));
    }

    /** c(n): the average path length of an unsuccessful search in a binary search tree of n points. */
    static double c(int n) {
        if (n <= 1) return 0;
        if (n == 2) return 1;
        return 2 * (Math.log(n - 1) + EULER) - 2.0 * (n - 1) / n;
    }

    /** One isolation tree in flat arrays; a leaf has feature −1 and keeps how many points reached it. */
    private static final class Tree {
        int[] feature, left, right, size;
        double[] split;
        int nodes;

        Tree(int capacity) {
            feature = new int[capacity];
            left = new int[capacity];
            right = new int[capacity];
            size = new int[capacity];
            split = new double[capacity];
        }

        int grow(double[][] x, int[] idx, int from, int to, int depth, int limit, int dims, SplittableRandom rnd) {
            int node = nodes++;
            int count = to - from;
            if (depth >= limit || count <= 1) return leaf(node, count);
            // pick a feature that is not constant here; a node where all are constant is a leaf
            int f = -1;
            double lo = 0, hi = 0;
            int start = rnd.nextInt(dims);
            for (int k = 0; k < dims && f < 0; k++) {
                int c = (start + k) % dims;
                double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    double v = x[idx[i]][c];
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
                if (mx > mn) {
                    f = c;
                    lo = mn;
                    hi = mx;
                }
            }
            if (f < 0) return leaf(node, count);
            double s = lo + rnd.nextDouble() * (hi - lo);
            int mid = from;
            for (int i = from; i < to; i++) {
                if (x[idx[i]][f] < s) {
                    int tmp = idx[i];
                    idx[i] = idx[mid];
                    idx[mid++] = tmp;
                }
            }
            feature[node] = f;
            split[node] = s;
            left[node] = grow(x, idx, from, mid, depth + 1, limit, dims, rnd);
            right[node] = grow(x, idx, mid, to, depth + 1, limit, dims, rnd);
            return node;
        }

        private int leaf(int node, int count) {
            feature[node] = -1;
            size[node] = count;
            return node;
        }

        double pathLength(double[] x) {
            int node = 0, depth = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] < split[node] ? left[node] : right[node];
                depth++;
            }
            return depth + c(size[node]);
        }
    }
}
