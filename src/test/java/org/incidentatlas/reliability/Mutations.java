package org.incidentatlas.reliability;

import java.util.Arrays;
import java.util.Random;

/** Random damage to a file's bytes: flipped, inserted, deleted, cut, repeated, quotes and separators injected. */
final class Mutations {
    private Mutations() {
    }

    /** One to four random mutations of {@code base}. */
    static byte[] apply(byte[] base, Random random) {
        byte[] b = base;
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            random.nextBytes(bytes);
            b = apply(b, random.nextInt(8), random.nextDouble(), 1 + random.nextInt(400), bytes);
        }
        return b;
    }

    private static byte[] apply(byte[] b, int kind, double where, int length, byte[] bytes) {
        int at = (int) (where * b.length);
        int end = Math.min(b.length, at + length);
        return switch (kind) {
            case 0 -> splice(b, at, at + Math.min(bytes.length, b.length - at), bytes);
            case 1 -> splice(b, at, at, bytes);
            case 2 -> splice(b, at, end, new byte[0]);
            case 3 -> Arrays.copyOf(b, at);
            case 4 -> splice(b, at, at, Arrays.copyOfRange(b, at, end));
            case 5 -> splice(b, at, at, new byte[] {'"'});
            case 6 -> splice(b, at, at, new byte[] {(byte) (length % 2 == 0 ? ',' : '\n')});
            default -> splice(b, at, Math.min(b.length, at + 1), new byte[] {(byte) (length % 10 + '0')});
        };
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] out = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(b, to, out, from + with.length, b.length - to);
        return out;
    }
}
