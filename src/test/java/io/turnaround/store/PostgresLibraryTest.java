package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The addresses people already write for psql, as the driver takes them; what a message may show of them. */
class PostgresLibraryTest {
    @Test
    void aLibpqUrlBecomesTheDriversWithTheUserApartAndNoPasswordShown() {
        var t = PostgresLibrary.target("postgresql://anna:s%40cret@db.example.com:6543/turnaround?sslmode=verify-full");
        assertEquals("jdbc:postgresql://db.example.com:6543/turnaround?sslmode=verify-full", t.jdbcUrl());
        assertEquals("anna", t.properties().getProperty("user"));
        assertEquals("s@cret", t.properties().getProperty("password"));
        assertEquals("anna@db.example.com:6543/turnaround", t.display());
        assertFalse(t.display().contains("cret"));
        assertEquals("postgresql://anna:***@db.example.com/x", PostgresLibrary.redact("postgresql://anna:s3cret@db.example.com/x"));
    }

    @Test
    void aServiceAndTheShortSchemeAreTakenAWrongSchemeIsNot() {
        var service = PostgresLibrary.target("postgresql:///?service=turnaround");
        assertEquals("jdbc:postgresql:///?service=turnaround", service.jdbcUrl());
        assertEquals("jdbc:postgresql://h/db", PostgresLibrary.target("postgres://h/db").jdbcUrl());
        assertThrows(StoreException.class, () -> PostgresLibrary.target("mysql://h/db"));
    }
}
