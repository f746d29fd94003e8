package org.momentum.synthetic;

/**
 * Counter-based random numbers: every draw is a hash of (seed, stream, enterprise, period), so a value does not
 * depend on which indicators are emitted or in which order, and no generator state is shared.
 */
final class Noise {
    private Noise() {}

    /** SplitMix64 finalizer (Steele, Lea & Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long key(long seed, int stream, int unit, int period) {
        return mix(seed ^ mix(((long) stream << 48) ^ ((long) unit << 20) ^ (period & 0xFFFFF)));
    }

    /** Uniform on [0, 1). */
    static double uniform(long seed, int stream, int unit, int period) {
        return (key(seed, stream, unit, period) >>> 11) * 0x1.0p-53;
    }

    /**
     * Approximately standard normal: Irwin–Hall sum of four uniforms, rescaled to variance 1. Bounded at ±3.46,
     * which keeps multiplicative noise away from zero and negative values.
     */
    static double gauss(long seed, int stream, int unit, int period) {
        long k = key(seed, stream, unit, period);
        double s = 0;
        for (int i = 0; i < 4; i++) {
            s += (k & 0xFFFF) * 0x1.0p-16;
            k >>>= 16;
        }
        return (s - 2.0) * 1.7320508075688772;
    }
}
