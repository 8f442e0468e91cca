package io.turnaround.store;

import java.sql.SQLException;

/** What went wrong connecting to a team library, in plain words, from PostgreSQL's error codes (SQLSTATE). */
final class ConnectionProblem {
    private ConnectionProblem() {
    }

    static String explain(SQLException e, String display) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01") || state.equals("28000")) {
            return "The team database " + display + " refused the name or password. Check them (or ~/.pgpass) and try again.";
        }
        if (state.equals("3D000")) {
            return "There is no database " + display + " on that server. Check its name, or ask its owner to create it.";
        }
        if (state.equals("42501")) {
            return "Your role may not do this in " + display + ". The database's owner runs \"turnaround migrate\" and grants the "
                    + "managers' role what they need (docs/team.md).";
        }
        if (message.contains("SSL") || message.contains("certificate")) {
            return "A secure connection (TLS) to " + display + " could not be made: " + message;
        }
        if (state.startsWith("08")) {
            return message.contains("refused") || message.contains("Connection refused")
                    ? "The server of " + display + " refused the connection: is PostgreSQL running there, on that port?"
                    : "The team database " + display + " cannot be reached: " + message;
        }
        return "The team database " + display + " answered: " + message;
    }
}
