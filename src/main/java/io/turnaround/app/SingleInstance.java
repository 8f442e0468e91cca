package io.turnaround.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starting Turnaround again on a data folder that an open Turnaround writes to brings that window forward instead
 * of opening a second one. The first instance listens on a socket in its private data folder (only its user can
 * reach it); the second sends "show" and exits. Where that fails, the second window opens read-only, as before.
 */
public final class SingleInstance implements AutoCloseable {
    static final String SOCKET = "turnaround.sock";
    private static final String SHOW = "show\n";

    private final ServerSocketChannel server;
    private final Path socket;
    private final Runnable onShow;

    private SingleInstance(ServerSocketChannel server, Path socket, Runnable onShow) {
        this.server = server;
        this.socket = socket;
        this.onShow = onShow;
    }

    /**
     * Listens for later starts; {@code onShow} runs (on the listening thread) for each. Call only while holding the
     * data folder's lock: a socket file left by a crash is replaced.
     */
    public static Optional<SingleInstance> listen(Path dataDir, Runnable onShow) {
        Path socket = dataDir.resolve(SOCKET);
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            SingleInstance instance = new SingleInstance(server, socket, onShow);
            // Not BackgroundTasks: it blocks on accept() for the life of the window; what it hears is handed to the UI thread.
            Thread listener = new Thread(instance::serve, "turnaround-single-instance");
            listener.setDaemon(true);
            listener.start();
            return Optional.of(instance);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // no handover then: a later start opens read-only
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                ByteBuffer in = ByteBuffer.allocate(16);
                client.read(in);
                if (new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).equals(SHOW)) {
                    onShow.run();
                    client.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                if (!server.isOpen()) {
                    return;
                }
            }
        }
    }

    /** Asks the Turnaround open on this folder to bring its window forward; false when none answers. */
    public static boolean handOver(Path dataDir) {
        Path socket = dataDir.resolve(SOCKET);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(SHOW.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer answer = ByteBuffer.allocate(8);
            channel.read(answer);
            return new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8).startsWith("ok");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the socket file is replaced by the next instance that holds the lock
        }
    }
}
