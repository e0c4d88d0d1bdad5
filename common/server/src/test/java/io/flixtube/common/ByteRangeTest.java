package io.flixtube.common;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteRangeTest {

    private static final long SIZE = 1000;

    @ParameterizedTest
    @CsvSource({
            "'bytes=0-99',        0,   99",
            "'bytes=100-199',     100, 199",
            "'bytes=990-',        990, 999",
            "'bytes=-10',         990, 999",
            "'bytes=-5000',       0,   999",
            "'bytes=500-99999',   500, 999",
            "'bytes=999-999',     999, 999",
            "'BYTES = 1 - 2',     1,   2",
            "'bytes=0-99999999999999999999', 0, 999",
    })
    void satisfiableRangeIsSelected(String header, long first, long last) {
        ByteRange range = ByteRange.parse(header, SIZE).orElseThrow();
        assertEquals(first, range.first());
        assertEquals(last, range.last());
        assertEquals(last - first + 1, range.length());
        assertEquals("bytes " + first + "-" + last + "/" + SIZE, range.contentRange());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=a-b", "items=0-9",
            "bytes=9-1", "bytes=0-1,5-6", "bytes=1.5-2", "bytes 0-9", "bytes=--5"})
    void absentMalformedOrMultipleRangeMeansWholeRepresentation(String header) {
        assertEquals(Optional.empty(), ByteRange.parse(header, SIZE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=99999999999999999999-"})
    void unsatisfiableRangeRaises416(String header) {
        RangeNotSatisfiableException failure = assertThrows(RangeNotSatisfiableException.class,
                () -> ByteRange.parse(header, SIZE));
        assertEquals(SIZE, failure.size());
        assertEquals(416, failure.problem().status().code());
        assertTrue(failure.problem().detail().contains(header), failure.problem().detail());
    }

    @Test
    void anyRangeOfEmptyRepresentationIsUnsatisfiable() {
        assertThrows(RangeNotSatisfiableException.class, () -> ByteRange.parse("bytes=0-", 0));
        assertThrows(RangeNotSatisfiableException.class, () -> ByteRange.parse("bytes=-5", 0));
    }
}
