package io.turnaround.app;

import io.turnaround.store.CaseStore;
import io.turnaround.store.StoreException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A store still being opened: the window is built while the case file opens on another thread,
 * and the first store call (always on the background worker) waits for it.
 */
final class DeferredCaseStore extends io.turnaround.store.ForwardingCaseStore {
    private final CompletableFuture<? extends CaseStore> store;

    DeferredCaseStore(CompletableFuture<? extends CaseStore> store) {
        this.store = store;
    }

    @Override
    protected CaseStore delegate() {
        try {
            return store.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("The case file could not be opened: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public AutoCloseable watch(java.util.function.LongConsumer changed, Runnable connected) {
        CompletableFuture<AutoCloseable> handle = store.thenApply(s -> s.watch(changed, connected));
        return () -> handle.thenAccept(h -> {
            try {
                h.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
