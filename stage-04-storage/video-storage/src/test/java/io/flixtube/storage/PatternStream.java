package io.flixtube.storage;

import java.io.InputStream;

/**
 * A stream of pseudo-random bytes whose value depends only on its position, so a test can
 * upload a large blob without holding it and check any range of it afterwards.
 */
final class PatternStream extends InputStream {

    private final long size;
    private long position;

    /** Creates a stream of {@code size} bytes. */
    PatternStream(long size) {
        this.size = size;
    }

    /** Returns the byte at a position of every pattern stream. */
    static byte byteAt(long position) {
        long mixed = (position + 1) * 0x9E3779B97F4A7C15L;
        mixed ^= mixed >>> 31;
        return (byte) (mixed >>> 24);
    }

    @Override
    public int read() {
        return position < size ? byteAt(position++) & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = byteAt(position++);
        }
        return count;
    }
}
