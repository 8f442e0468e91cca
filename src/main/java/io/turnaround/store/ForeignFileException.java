package io.turnaround.store;

/** The file exists but is not a Turnaround case file (another program's database, or not a database). */
public final class ForeignFileException extends StoreException {
    public ForeignFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
