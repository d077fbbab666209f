package vn.reformtrack.nodes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server the nodes share, on a folder and a port that stay the same when it is stopped and started
 * again, as a province's database server restarts; or frozen (every process stopped by a signal: connections stay open
 * and nothing answers).
 */
final class SharedDatabase implements AutoCloseable {

    private final Path folder;
    private final int port;
    private EmbeddedPostgres server;

    SharedDatabase(Path folder) throws IOException {
        this.folder = folder;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    /** Stops the server as an administrator would ({@code pg_ctl stop}): its connections are closed. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    /** SIGSTOP to the postmaster and every backend: the server stops answering, connections stay open. */
    void freeze() throws Exception {
        signal("-STOP");
    }

    void thaw() {
        try {
            signal("-CONT");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            thaw();
            stop();
        }
    }

    private void signal(String signal) throws Exception {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                .orElseThrow();
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(postmaster.pid())));
        postmaster.descendants().forEach(process -> command.add(String.valueOf(process.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
