package io.turnaround.store;

/** A team library that cannot be reached (the network, the server): what was being written was not written. */
public final class ConnectionLostException extends StoreException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
