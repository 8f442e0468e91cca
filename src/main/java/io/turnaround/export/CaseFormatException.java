package io.turnaround.export;

/** A case file that cannot be read, with a one-line reason naming the problem. */
public final class CaseFormatException extends Exception {
    public CaseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
