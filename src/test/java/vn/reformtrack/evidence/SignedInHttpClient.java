package vn.reformtrack.evidence;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A real HTTP client signed in through the login form, for tests and benchmarks that need the whole server path. */
public final class SignedInHttpClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl;

    private SignedInHttpClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static SignedInHttpClient signIn(int port, String username, String password)
            throws IOException, InterruptedException {
        SignedInHttpClient client = new SignedInHttpClient("http://localhost:" + port);
        Document login = client.page("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(login.select("input[name=_csrf]").attr("value"), StandardCharsets.UTF_8);
        client.http.send(client.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    public Document page(String path) throws IOException, InterruptedException {
        return Jsoup.parse(http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request, body);
    }
}
