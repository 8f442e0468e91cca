package io.turnaround.ui.common;

import io.turnaround.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every failure of background work reaches: it is logged with its stack trace (class names and
 * frames; messages only of our own store errors, which never quote what the user typed), and the latest one is
 * what the status line shows until the next page. Work that shows its own error (a dialog) is logged here too.
 */
public final class BackgroundErrors {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundErrors.class);
    private static final int FRAMES = 25;

    /** A failure as the status line says it: the reason in plain words, or null when there is none to give. */
    public record Failure(String reason) {
    }

    private final ReadOnlyObjectWrapper<Failure> latest = new ReadOnlyObjectWrapper<>();

    /** Logs a failure; call from any thread. */
    void log(Throwable e) {
        if (unwrap(e) instanceof io.turnaround.store.ConnectionLostException) {
            // Expected while a team library is out of reach, and said on screen: one line, not a trace per attempt.
            LOG.info("Background work waits for the team library");
            return;
        }
        LOG.error("Background work failed\n{}", trace(unwrap(e)));
    }

    /** Shows a failure nobody else shows in the status line. Call on the UI thread. */
    void show(Throwable e) {
        latest.set(new Failure(plainReason(unwrap(e))));
    }

    /** The latest failure not yet cleared; null when there is none. */
    public ReadOnlyObjectProperty<Failure> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Called when the user moves on (another page): an old failure no longer stands in the status line. */
    public void clear() {
        latest.set(null);
    }

    /** Our store's messages are written for the user; anything else is described by the status line in general words. */
    static String plainReason(Throwable e) {
        if (e instanceof StoreException || e instanceof IOException || e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        return null;
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The stack trace without messages (they may quote a case), except our store's own. */
    static String trace(Throwable e) {
        StringBuilder out = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            out.append(t == e ? "" : "Caused by: ").append(t.getClass().getName());
            if (t instanceof StoreException && t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
            out.append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > FRAMES) {
                out.append("\t... ").append(frames.length - FRAMES).append(" more\n");
            }
        }
        return out.toString();
    }
}
