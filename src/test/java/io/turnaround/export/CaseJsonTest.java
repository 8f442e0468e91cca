package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseJsonTest {
    private final CaseJson json = new CaseJson();

    @Test
    void aFullyPopulatedCaseRoundTripsExactly() throws Exception {
        CaseFile original = TestCases.fullyPopulated().withId(7);
        String text = json.write(original);
        assertEquals(original, json.read(text));
        assertEquals(text, json.write(json.read(text)), "writing is deterministic");
    }

    @Test
    void timesKeepTheirZoneAndAmountsTheirScale() {
        String text = json.write(TestCases.fullyPopulated());
        assertTrue(text.contains("\"2026-03-09T10:00:00+01:00[Europe/Paris]\""), "zoned date with its zone");
        assertTrue(text.contains("1250.50"), "amount keeps its scale");
        assertTrue(text.contains("\"format\" : \"turnaround-case\""));
        assertFalse(text.contains("\"open\""), "helper methods are not data");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "{",
        "[1, 2]",
        "{\"format\": \"something-else\", \"version\": 1, \"caseFile\": {}}",
        "{\"format\": \"turnaround-case\", \"version\": 99, \"caseFile\": {}}",
        "{\"format\": \"turnaround-case\", \"version\": 1}",
        "{\"format\": \"turnaround-case\", \"version\": 1, \"caseFile\": {\"id\": 1, \"header\": {\"status\": \"NOT_A_STATUS\"}}}",
        "{\"format\": \"turnaround-case\", \"version\": 1, \"caseFile\": {\"id\": 1, \"header\": {}, \"surprise\": true}}"
    })
    void badInputIsRejectedWithAOneLineReason(String input) {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> json.read(input));
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theReasonNamesWhereTheProblemIs() {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> json.read(
                "{\"format\": \"turnaround-case\", \"version\": 1, \"caseFile\": {\"id\": 1, \"header\": {\"status\": \"NOPE\"}}}"));
        assertTrue(e.getMessage().contains("caseFile.header.status"), e.getMessage());
    }
}
