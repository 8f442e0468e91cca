package io.turnaround.store;

/** The case file is a Turnaround file, but SQLite finds pages of it damaged (a disk fault, a bad copy). */
public final class DamagedFileException extends StoreException {
    public DamagedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
