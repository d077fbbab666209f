package vn.reformtrack.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * One browser in front of several application nodes: one cookie jar (cookies are the host's, whatever the port),
 * each request sent to the node named, as a load balancer without sticky sessions would.
 */
final class NodeClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(int node, String path) {
        return send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(int node, String path) {
        return send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in through the node's form; answers where it leads ("/" when it worked). */
    String signIn(int node, String username, String password) {
        Document page = Jsoup.parse(get(node, "/login").body());
        HttpResponse<String> answer = post(node, "/login", Map.of("username", username, "password", password,
                "_csrf", page.select("input[name=_csrf]").val()));
        return URI.create(answer.headers().firstValue("Location").orElse("")).getRawPath();
    }

    /** Submits the form {@code selector} of the page at {@code path} as a browser would, with some fields changed. */
    HttpResponse<String> submit(int node, String path, String selector, Map<String, String> changes) {
        FormElement form = (FormElement) Jsoup.parse(get(node, path).body(), "http://localhost:" + node)
                .selectFirst(selector);
        if (form == null) {
            throw new IllegalStateException("No form " + selector + " on " + path);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        fields.putAll(changes);
        return post(node, URI.create(form.absUrl("action")).getRawPath(), fields);
    }

    HttpResponse<String> post(int node, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(node, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads an evidence file as the library's form does (the CSRF token from the page's meta tag). */
    HttpResponse<String> upload(int node, long ownerUnitId, String fileName, byte[] pdf) {
        return upload(node, csrfToken(node), ownerUnitId, fileName, pdf);
    }

    /** The signed-in session's CSRF token, as the evidence library's page carries it. */
    String csrfToken(int node) {
        return Jsoup.parse(get(node, "/evidence").body()).select("meta[name=_csrf]").attr("content");
    }

    HttpResponse<String> upload(int node, String token, long ownerUnitId, String fileName, byte[] pdf) {
        String boundary = "----node" + System.nanoTime();
        try {
            byte[] body = BenchmarkApplication.multipart(boundary,
                    Map.of("ownerUnitId", Long.toString(ownerUnitId), "_csrf", token), fileName, pdf);
            return send(HttpRequest.newBuilder(uri(node, "/evidence"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int node, String path) {
        return URI.create("http://localhost:" + node + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
