package io.turnaround.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Something made once in the background: after a delay, or as soon as it is first needed, whichever comes first. */
public final class Prepared<T> implements Supplier<CompletableFuture<T>> {
    private final Supplier<T> work;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    Prepared(Supplier<T> work, Duration delay) {
        this.work = work;
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(this::start);
    }

    /** Starts the work if it has not started, and returns its result to come. */
    @Override
    public CompletableFuture<T> get() {
        start();
        return result;
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        // Not the store's worker: this is slow, low-priority work that must never hold up a save.
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "turnaround-prepare");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
