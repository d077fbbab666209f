package vn.reformtrack.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.reformtrack.ReformTrackApplication;

/**
 * The whole application for a benchmark that goes through HTTP: started once per fork on its own embedded PostgreSQL
 * in a temporary data directory, demo data on, on a free port, quiet logs; {@link #close} stops it and removes the
 * directory. Also writes the multipart bodies the upload widget sends.
 */
public final class BenchmarkApplication implements AutoCloseable {

    private final Path dataDirectory;
    private final ConfigurableApplicationContext context;

    private BenchmarkApplication(Path dataDirectory, ConfigurableApplicationContext context) {
        this.dataDirectory = dataDirectory;
        this.context = context;
    }

    public static BenchmarkApplication start(String name) throws IOException {
        return start(name, "--reformtrack.demo.enabled=true");
    }

    /** As {@link #start(String)}, with more arguments (e.g. demo data off, jobs off). */
    public static BenchmarkApplication start(String name, String... arguments) throws IOException {
        Path dataDirectory = Files.createTempDirectory(name);
        // Command-line arguments, so that they win over application.yml (server.port: 8080 may be taken).
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--reformtrack.embedded-database.data-directory=" + dataDirectory.resolve("postgres"),
                "--server.port=0",
                "--logging.level.root=warn"), java.util.Arrays.stream(arguments)).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReformTrackApplication.class).run(all);
        return new BenchmarkApplication(dataDirectory, context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** A {@code multipart/form-data} body with {@code fields} and one PDF {@code file}, parts split by {@code boundary}. */
    public static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] file)
            throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.write(head.toString().getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Throws unless the answer is 200, with the beginning of its body. */
    public static void expectOk(int status, String body) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status + ": " + body.substring(0, Math.min(500, body.length())));
        }
    }
}
