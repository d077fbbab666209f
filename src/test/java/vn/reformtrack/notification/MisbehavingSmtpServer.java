package vn.reformtrack.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The mail servers a province really meets and GreenMail does not play: one that refuses every recipient
 * ({@code 550}), one that takes the connection and never says a word. Just enough of SMTP's replies for the client to
 * reach the refusal; nothing is delivered.
 */
final class MisbehavingSmtpServer implements AutoCloseable {

    enum Behaviour {
        REFUSES_RECIPIENTS,
        SILENT
    }

    private final ServerSocket socket;
    private final Thread acceptor;

    MisbehavingSmtpServer(Behaviour behaviour) {
        try {
            socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread conversation = new Thread(() -> converse(client, behaviour), "misbehaving-smtp-client");
                    conversation.setDaemon(true);
                    conversation.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "misbehaving-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void converse(Socket client, Behaviour behaviour) {
        try (client) {
            if (behaviour == Behaviour.SILENT) {
                Thread.sleep(30_000);
                return;
            }
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            reply(out, "220 refusing.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 refusing.test");
                } else if (command.startsWith("RCPT")) {
                    reply(out, "550 5.1.1 No such user here");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client hung up or the test ended
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
