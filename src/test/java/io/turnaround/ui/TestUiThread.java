package io.turnaround.ui;

import io.turnaround.ui.common.UiThread;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The "UI thread" of view-model tests: the test's own thread, which runs what background work hands back only when
 * the test waits for it ({@link #await}). The worker is another thread, as in the app, so a callback or a chained
 * step that ran on the worker (where the window's state must never be touched) fails the test instead of passing
 * by luck: {@code BackgroundTasks} refuses work started off this thread.
 */
public final class TestUiThread implements UiThread {
    private final Thread owner = Thread.currentThread();
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable action) {
        queue.add(action);
    }

    @Override
    public boolean isCurrent() {
        return Thread.currentThread() == owner;
    }

    /** Runs what arrives for the UI thread until {@code future} completes, then returns its result (or throws its failure). */
    public <T> T await(CompletableFuture<T> future) {
        if (!isCurrent()) {
            throw new IllegalStateException("await is for the test's own thread");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (!future.isDone()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Background work did not come back within 30 s");
                }
                Runnable next = queue.poll(10, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        runPending();
        return future.join();
    }

    /** Runs what has already arrived for the UI thread. */
    public void runPending() {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
    }
}
