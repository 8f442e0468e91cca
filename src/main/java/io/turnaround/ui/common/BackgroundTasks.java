package io.turnaround.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI does work off the FX thread. A single worker runs every task in the order
 * given, so a save queued before a load is always on disk before that load reads; results come
 * back through {@code uiThread} (Platform::runLater in the app, Runnable::run in tests).
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ScheduledExecutorService worker;
    private final Executor uiThread;

    public BackgroundTasks(Executor uiThread) {
        this.uiThread = uiThread;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "turnaround-store");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        // Closing runs what is queued; a save merely scheduled for later was already flushed by whoever closes.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.worker = executor;
    }

    /** Runs {@code work} on the worker; exactly one of the callbacks then runs on the UI thread. */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        CompletableFuture<T> done = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                T result = work.call();
                uiThread.execute(() -> onSuccess.accept(result));
                done.complete(result);
            } catch (Exception | Error e) {
                LOG.warn("Background task failed: {}", e.toString());
                uiThread.execute(() -> onError.accept(e));
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Runs {@code work} on the worker and completes when it has run (work reports its own errors). */
    public CompletableFuture<Void> submit(Runnable work) {
        return CompletableFuture.runAsync(work, worker);
    }

    /**
     * Prepares something the UI will need later (fonts, a warmed-up exporter) on a low-priority thread of its own,
     * after {@code delay} so that it does not compete with startup, or at once when first asked for. Only for work
     * that touches neither the case file nor the data folder; it never delays a save.
     */
    public <T> Prepared<T> prepare(Duration delay, java.util.function.Supplier<T> work) {
        return new Prepared<>(work, delay);
    }

    /** Hands {@code action} to the UI thread. */
    public void onUi(Runnable action) {
        uiThread.execute(action);
    }

    public void schedule(Duration delay, Runnable work) {
        worker.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Completes once everything queued before this call has run. */
    public CompletableFuture<Void> drain() {
        return submit(() -> { });
    }

    /** Runs what is already queued (not what is merely scheduled for later) and stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.error("Background work did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
