package io.turnaround.store;

/**
 * A team library that does not take what is written now — what was being written was not written — for a reason that
 * may pass without restarting: the server cannot be reached, it refuses the password (changed meanwhile), the role may
 * no longer change cases, or a newer Turnaround upgraded the library. What is typed meanwhile is kept on this computer
 * ({@link JournaledCaseStore}) and sent when the server takes it again.
 */
public final class ConnectionLostException extends StoreException {
    /** Why the team library does not take the save now. */
    public enum Why {
        UNREACHABLE("Offline \u2014 saved on this computer. It goes to the team library as soon as the connection is back."),
        PASSWORD("The team library refused the password (was it changed?). Saved on this computer: type the new one in "
                + "View \u203a Team database\u2026 and it goes to the team library."),
        ROLE("The team library no longer lets your role change cases. Saved on this computer: it goes to the team library "
                + "once whoever runs it gives your role back its rights."),
        NEWER_SCHEMA("The team library was upgraded by a newer version of Turnaround, which this one cannot write to. Saved on "
                + "this computer: install the newer version, and it sends what is kept here.");

        private final String kept;

        Why(String kept) {
            this.kept = kept;
        }

        /** What the status line says once the edits are kept on this computer. */
        public String keptMessage() {
            return kept;
        }
    }

    private final Why why;
    private final boolean kept;

    public ConnectionLostException(String message, Throwable cause) {
        this(Why.UNREACHABLE, message, cause);
    }

    public ConnectionLostException(Why why, String message, Throwable cause) {
        this(why, message, cause, false);
    }

    private ConnectionLostException(Why why, String message, Throwable cause, boolean kept) {
        super(message, cause);
        this.why = why;
        this.kept = kept;
    }

    /** The same failure once the edits are in the journal on this computer: the message says they are safe there. */
    static ConnectionLostException keptHere(ConnectionLostException failure) {
        return new ConnectionLostException(failure.why, failure.why.keptMessage(), failure, true);
    }

    /** Whether what was being saved is safe in the journal on this computer (so "not saved" would be untrue). */
    public boolean keptOnThisComputer() {
        return kept;
    }

    public Why why() {
        return why;
    }
}
