package io.flixtube.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single satisfiable byte range of a representation, both ends inclusive, as a Range header
 * of RFC 9110 section 14 selects it.
 *
 * @param first the offset of the first byte
 * @param last  the offset of the last byte
 * @param size  the size of the whole representation, in bytes
 */
public record ByteRange(long first, long last, long size) {

    // One range, "first-last", "first-" or "-suffixLength"; whitespace around parts is allowed.
    private static final Pattern SINGLE_RANGE =
            Pattern.compile("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Selects the range that a Range header requests.
     *
     * <p>The result is empty when the whole representation should be sent: no header, a header
     * that does not parse, or several ranges (which a server may answer with the whole
     * representation). A header that parses but that no byte satisfies raises
     * {@link RangeNotSatisfiableException}.
     *
     * @param header the Range header value, or {@code null} when the request had none
     * @param size   the size of the representation, in bytes
     * @return the range to send, or empty for the whole representation
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE_RANGE.matcher(header);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String firstText = matcher.group(1);
        String lastText = matcher.group(2);
        if (firstText.isEmpty() && lastText.isEmpty()) {
            return Optional.empty();
        }
        if (firstText.isEmpty()) {
            return suffix(header, parseOffset(lastText), size);
        }
        long first = parseOffset(firstText);
        long last = lastText.isEmpty() ? Long.MAX_VALUE : parseOffset(lastText);
        if (last < first) {
            // "5-2" is not a valid range-spec, so RFC 9110 says to ignore the header.
            return Optional.empty();
        }
        if (first >= size) {
            throw new RangeNotSatisfiableException(header, size);
        }
        return Optional.of(new ByteRange(first, Math.min(last, size - 1), size));
    }

    private static Optional<ByteRange> suffix(String header, long suffixLength, long size) {
        if (suffixLength == 0 || size == 0) {
            throw new RangeNotSatisfiableException(header, size);
        }
        long first = Math.max(0, size - suffixLength);
        return Optional.of(new ByteRange(first, size - 1, size));
    }

    // Offsets too large for a long are beyond any representation, so they saturate.
    private static long parseOffset(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Returns the number of bytes in the range. */
    public long length() {
        return last - first + 1;
    }

    /** Returns the Content-Range header value for this range, such as {@code bytes 0-99/5000}. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
