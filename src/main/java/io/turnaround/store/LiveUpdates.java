package io.turnaround.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, for the changes of cases a team library announces (postgresql/V10: every change
 * of a case row, on the channel {@code turnaround_cases}) and hands each changed case's id to {@code changed} — on this
 * listening thread, never the UI's. Changes made through this window's own connection are left out. A lost connection
 * is opened again (every two seconds while the server cannot be reached); closing stops the thread.
 *
 * <p>A thread of its own rather than the background worker's: waiting for the next notification blocks, and the worker
 * must stay free for saves.
 */
final class LiveUpdates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private final Database.ConnectionSource source;
    private final IntSupplier ownBackend;
    private final LongConsumer changed;
    private final Runnable connected;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Connection listening;

    LiveUpdates(Database.ConnectionSource source, IntSupplier ownBackend, LongConsumer changed, Runnable connected) {
        this.connected = connected;
        this.source = source;
        this.ownBackend = ownBackend;
        this.changed = changed;
        this.thread = new Thread(this::listen, "turnaround-live");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        boolean paused = false;
        while (!stopped) {
            try (Connection c = source.open(); Statement s = c.createStatement()) {
                listening = c;
                s.execute("LISTEN turnaround_cases");
                if (paused) {
                    LOG.info("Live updates resumed");
                    paused = false;
                }
                try {
                    connected.run(); // what was kept offline can be sent now
                } catch (RuntimeException e) {
                    LOG.warn("After reconnecting: {}", e.getClass().getSimpleName());
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got == null) {
                        continue;
                    }
                    int own = ownBackend.getAsInt();
                    for (PGNotification n : got) {
                        if (n.getPID() != own) {
                            changed.accept(Long.parseLong(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    if (!paused) {
                        LOG.info("Live updates paused, the team library cannot be reached: {}", e.getClass().getSimpleName());
                        paused = true;
                    }
                    sleep();
                }
            } finally {
                listening = null;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection", e);
            }
        }
    }
}
