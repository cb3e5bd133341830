import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sign-in latency at the configured password-hash cost, against a baseline measured in the same
 * run: rendering the front page. Usage: bench/foundation.sh
 */
public class FoundationBench {

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
    System.out.printf("ratio sign-in / page (median): %.1f%n", BenchHttp.median(signIns) / BenchHttp.median(pages));
  }

  static double page(String base) throws Exception {
    HttpClient client = BenchHttp.client();
    long t0 = System.nanoTime();
    HttpResponse<String> r = BenchHttp.get(client, base + "/");
    long t1 = System.nanoTime();
    BenchHttp.check(r.statusCode() == 200, "GET / answered " + r.statusCode());
    return (t1 - t0) / 1e6;
  }

  /** The time of the sign-in POST alone (the login form is fetched before the clock starts). */
  static double signIn(String base, String email, String password) throws Exception {
    HttpClient client = BenchHttp.client();
    String form = BenchHttp.signInForm(client, base, email, password);
    long t0 = System.nanoTime();
    HttpResponse<String> r = BenchHttp.post(client, base + "/login", BenchHttp.FORM, form);
    long t1 = System.nanoTime();
    BenchHttp.check(r.statusCode() == 302, "sign-in answered " + r.statusCode());
    return (t1 - t0) / 1e6;
  }

  static void report(String name, List<Double> ms) {
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    System.out.printf(
        "%-50s n=%d  median %.1f ms  p90 %.1f ms%n",
        name, sorted.size(), BenchHttp.median(sorted), BenchHttp.percentile(sorted, 90));
  }
}
