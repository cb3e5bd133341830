import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in latency at the configured password-hash cost, against a baseline measured in the same
 * run: rendering the front page. Usage: java FoundationBench.java BASE_URL EMAIL PASSWORD [N]
 */
public class FoundationBench {

  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String email = args[1];
    String password = args[2];
    int n = args.length > 3 ? Integer.parseInt(args[3]) : 40;

    for (int i = 0; i < 10; i++) {
      page(base);
      signIn(base, email, password);
    }
    List<Double> pages = new ArrayList<>();
    List<Double> signIns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(page(base));
      signIns.add(signIn(base, email, password));
    }
    report("baseline: GET / (page render)", pages);
    report("sign-in: POST /login (Argon2id verify + session)", signIns);
    System.out.printf("ratio sign-in / page (median): %.1f%n", median(signIns) / median(pages));
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static double page(String base) throws Exception {
    HttpClient client = client();
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
    long t1 = System.nanoTime();
    check(r.statusCode() == 200, "GET / answered " + r.statusCode());
    return (t1 - t0) / 1e6;
  }

  static double signIn(String base, String email, String password) throws Exception {
    HttpClient client = client();
    HttpResponse<String> form =
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = VIEW_STATE.matcher(form.body());
    check(m.find(), "no login form");
    String body =
        "login=login&jakarta.faces.ViewState=" + enc(m.group(1))
            + "&login%3Aemail=" + enc(email)
            + "&login%3Apassword=" + enc(password)
            + "&login%3Asubmit=Sign+in";
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<String> r = client.send(post, HttpResponse.BodyHandlers.ofString());
    long t1 = System.nanoTime();
    check(r.statusCode() == 302, "sign-in answered " + r.statusCode());
    return (t1 - t0) / 1e6;
  }

  static void report(String name, List<Double> ms) {
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    System.out.printf(
        "%-50s n=%d  median %.1f ms  p90 %.1f ms%n",
        name, sorted.size(), median(sorted), sorted.get((int) Math.floor(sorted.size() * 0.9)));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
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
