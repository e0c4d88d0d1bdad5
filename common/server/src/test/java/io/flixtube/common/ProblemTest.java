package io.flixtube.common;

import io.helidon.http.Status;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void jsonHasTheRfc9457Members() {
        JsonObject json = parse(Problem.badRequest("Invalid id 'x'.").toJson());
        assertEquals("about:blank", json.getString("type"));
        assertEquals("Bad Request", json.getString("title"));
        assertEquals(400, json.getInt("status"));
        assertEquals("Invalid id 'x'.", json.getString("detail"));
    }

    @Test
    void detailWithQuotesStaysValidJson() {
        String detail = "Invalid id \"a\\b\"\n</script>";
        JsonObject json = parse(new Problem(Status.BAD_REQUEST_400, "Bad request", detail).toJson());
        assertEquals(detail, json.getString("detail"));
    }

    @Test
    void factoriesSetTheirStatus() {
        assertEquals(404, Problem.notFound("x").status().code());
        assertEquals(502, Problem.badGateway("x").status().code());
        assertEquals(503, Problem.serviceUnavailable("x").status().code());
    }

    @Test
    void quoteCutsLongValues() {
        String longValue = "x".repeat(5000);
        String quoted = Problem.quote(longValue);
        assertEquals("'short'", Problem.quote("short"));
        assertEquals(true, quoted.length() < 200, quoted);
        assertEquals(true, quoted.endsWith("(5000 characters)"), quoted);
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
