import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark drivers share: a browser-like client, sign-in, Faces forms, statistics. */
final class BenchHttp {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private BenchHttp() {}

  /** A client with its own cookies (its own session), not following redirects. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(HttpClient client, String url, String contentType, String body)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Submits a Faces form as a browser would: the page's view state and the form's hidden inputs,
   * plus the given fields (names without the form prefix).
   */
  static HttpResponse<String> submit(
      HttpClient client, String base, String path, String form, Map<String, String> fields)
      throws Exception {
    return post(client, base + path, FORM, formBody(client, base, path, form, fields));
  }

  static final String FORM = "application/x-www-form-urlencoded";

  /** Fetches the page and builds the body a browser would post for the form. */
  static String formBody(
      HttpClient client, String base, String path, String form, Map<String, String> fields)
      throws Exception {
    HttpResponse<String> page = get(client, base + path);
    Matcher m = VIEW_STATE.matcher(page.body());
    check(m.find(), "no form on " + path + " (" + page.statusCode() + ")");
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    all.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find() && name.group(1).startsWith(form + ":") && value.find()) {
        all.put(name.group(1), value.group(1));
      }
    }
    fields.forEach((k, v) -> all.put(form + ":" + k, v));
    StringBuilder body = new StringBuilder();
    all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    return body.toString();
  }

  /** Signs in; the client then holds the session. */
  static HttpResponse<String> signIn(HttpClient client, String base, String email, String password)
      throws Exception {
    HttpResponse<String> r = post(client, base + "/login", FORM, signInForm(client, base, email, password));
    check(r.statusCode() == 302, "sign-in answered " + r.statusCode());
    return r;
  }

  static String signInForm(HttpClient client, String base, String email, String password)
      throws Exception {
    return formBody(
        client, base, "/login", "login", Map.of("email", email, "password", password, "submit", "Sign in"));
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
