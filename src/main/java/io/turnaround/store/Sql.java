package io.turnaround.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC idioms the repositories need, with one mapping of Java values to SQLite columns:
 * times and decimals as text (exact round trip), booleans as 0/1, enums by name.
 */
final class Sql {
    private Sql() {
    }

    /**
     * Enum constants as SQL literals ('APPROVED', 'CLOSED') for a query's text: the names come from the enum, so a
     * renamed constant cannot leave a query that silently matches nothing. Safe to inline: enum names are identifiers.
     */
    static String literals(Enum<?>... values) {
        return java.util.Arrays.stream(values).map(v -> "'" + v.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    @FunctionalInterface
    interface Binder<T> {
        Object[] values(T row, int position);
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Runs one statement; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static <T> void insertAll(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                bind(ps, binder.values(rows.get(i), i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static <T> List<T> query(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                Row row = new Row(rs);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return out;
            }
        }
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = toColumn(params[i]);
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    static Object toColumn(Object v) {
        if (v instanceof ZonedDateTime z) {
            return z.format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
        }
        if (v instanceof Instant || v instanceof LocalDate || v instanceof LocalTime || v instanceof BigDecimal) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return v;
    }

    /** Typed reads of the current row, by column name. */
    static final class Row {
        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        String text(String column) throws SQLException {
            return rs.getString(column);
        }

        long lng(String column) throws SQLException {
            return rs.getLong(column);
        }

        double dbl(String column) throws SQLException {
            return rs.getDouble(column);
        }

        int integer(String column) throws SQLException {
            return rs.getInt(column);
        }

        boolean bool(String column) throws SQLException {
            return rs.getInt(column) != 0;
        }

        Boolean nullableBool(String column) throws SQLException {
            int v = rs.getInt(column);
            return rs.wasNull() ? null : v != 0;
        }

        Long nullableLong(String column) throws SQLException {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        }

        Instant instant(String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : parseInstant(s);
        }

        ZonedDateTime zoned(String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME);
        }

        LocalDate date(String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : LocalDate.parse(s);
        }

        LocalTime time(String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : LocalTime.parse(s);
        }

        BigDecimal decimal(String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : new BigDecimal(s);
        }

        <E extends Enum<E>> E enumOf(Class<E> type, String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? null : Enum.valueOf(type, s);
        }
    }

    /**
     * {@link Instant#parse} for the form {@link Instant#toString} writes ({@code 2026-09-26T06:27:16Z}, with or without
     * a fraction of a second), read by hand: the case list reads 100,000 of them at startup, and the general
     * formatter took half of that query's time. Any other form goes to {@code Instant.parse}.
     */
    static Instant parseInstant(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int fractionDigits = n > 20 ? n - 21 : 0;
        int fraction = fractionDigits > 0 ? digits(s, 20, n - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59
                || fraction < 0 || fractionDigits > 9 || (n > 20 && fractionDigits == 0)) {
            return Instant.parse(s); // not the plain form after all: the JDK's parser says what is wrong with it
        }
        int nanos = fraction;
        for (int i = fractionDigits; i < 9; i++) {
            nanos *= 10;
        }
        long epochDay;
        try {
            epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(s);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
