package io.turnaround.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI does work off the UI thread, and its contract (docs/decisions/threading.md):
 * <ul>
 *   <li>work is started on the UI thread and runs on one worker, in the order given, so a save queued before a load
 *       is on disk before that load reads;</li>
 *   <li>its result or its failure arrives on the UI thread, always: the callbacks run there, and the future returned
 *       completes there, after them, so whatever is chained onto it runs on the UI thread too;</li>
 *   <li>every failure is logged with its stack trace by {@link BackgroundErrors}; one without a handler of its own is
 *       shown in the status line.</li>
 * </ul>
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ScheduledExecutorService worker;
    private final UiThread ui;
    private final BackgroundErrors errors = new BackgroundErrors();

    public BackgroundTasks(UiThread ui) {
        this.ui = ui;
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

    /** Runs {@code work} on the worker, then {@code onSuccess} on the UI thread; a failure goes to the status line. */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(work, onSuccess, errors::show);
    }

    /**
     * Runs {@code work} on the worker; exactly one of the callbacks then runs on the UI thread, and the returned future
     * completes there after it. Call on the UI thread.
     */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        requireUiThread();
        CompletableFuture<T> done = new CompletableFuture<>();
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                errors.log(e);
                ui.execute(() -> {
                    try {
                        onError.accept(e);
                    } finally {
                        done.completeExceptionally(e);
                    }
                });
                return;
            }
            ui.execute(() -> {
                try {
                    onSuccess.accept(result);
                    done.complete(result);
                } catch (RuntimeException | Error e) {
                    errors.log(e);
                    errors.show(e);
                    done.completeExceptionally(e);
                }
            });
        });
        return done;
    }

    /** Runs {@code work} on the worker; the future completes on the UI thread. A failure goes to the status line. */
    public CompletableFuture<Void> submit(Runnable work) {
        return run(() -> {
            work.run();
            return null;
        }, x -> { });
    }

    /**
     * Prepares something the UI will need later (fonts, a warmed-up exporter) on a low-priority thread of its own,
     * after {@code delay} so that it does not compete with startup, or at once when first asked for. Only for work
     * that touches neither the case file nor the data folder; it never delays a save.
     */
    public <T> Prepared<T> prepare(Duration delay, java.util.function.Supplier<T> work) {
        return new Prepared<>(work, delay);
    }

    /** Hands {@code action} to the UI thread; from any thread. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code work} on the worker after {@code delay}; from any thread. The work reports its own failures. */
    public void schedule(Duration delay, Runnable work) {
        worker.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Completes (on the UI thread) once everything queued before this call has run. */
    public CompletableFuture<Void> drain() {
        return submit(() -> { });
    }

    /** Where background failures are logged and shown. */
    public BackgroundErrors errors() {
        return errors;
    }

    private void requireUiThread() {
        if (!ui.isCurrent()) {
            throw new IllegalStateException("Background work is started from the UI thread, not from " + Thread.currentThread().getName());
        }
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
