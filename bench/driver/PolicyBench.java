import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policy and ledger figures of docs/performance.md, each against a baseline measured in the
 * same run. Usage: bench/policy.sh (starts the servers); the modes:
 *
 * <pre>
 * prepare BASE EMAIL PASSWORD                        publish legal/ v1 if nothing is, accept it
 * gate   BASE_GATE_ON BASE_GATE_OFF EMAIL PASSWORD   requests/s of /account/, gate on vs off
 * ledger BASE EMAIL PASSWORD                          appends/s, ledger vs raw JDBC, 1/8/32 writers
 * lookup BASE EMAIL PASSWORD EVENTS                   p99 "accepted what at T" with EVENTS events
 * notify BASE EMAIL PASSWORD ACCOUNTS                 legal notice to ACCOUNTS, mails/s by SMTP
 * </pre>
 */
public class PolicyBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "prepare" -> readySessions(args[1], args[2], args[3], 1);
      case "gate" -> gate(args[1], args[2], args[3], args[4]);
      case "ledger" -> ledger(args[1], args[2], args[3]);
      case "lookup" -> lookup(args[1], args[2], args[3], Integer.parseInt(args[4]));
      case "notify" -> notify(args[1], args[2], args[3], Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  // --- (a) the acceptance gate ---------------------------------------------------------------

  static final int GATE_THREADS = 8;
  static final int GATE_WARMUP_ROUNDS = 45;
  static final int GATE_ROUNDS = 60;
  static final long GATE_ROUND_MS = 1_000;

  static void gate(String on, String off, String email, String password) throws Exception {
    List<HttpClient> onClients = readySessions(on, email, password, GATE_THREADS);
    List<HttpClient> offClients = readySessions(off, email, password, GATE_THREADS);
    for (int i = 0; i < GATE_WARMUP_ROUNDS; i++) {
      throughput(on, onClients, GATE_ROUND_MS);
      throughput(off, offClients, GATE_ROUND_MS);
    }
    List<Double> withGate = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < GATE_ROUNDS; round++) {
      // Alternate which goes first, so that drift on the machine hits both alike.
      if (round % 2 == 0) {
        withGate.add(throughput(on, onClients, GATE_ROUND_MS));
        without.add(throughput(off, offClients, GATE_ROUND_MS));
      } else {
        without.add(throughput(off, offClients, GATE_ROUND_MS));
        withGate.add(throughput(on, onClients, GATE_ROUND_MS));
      }
      ratios.add(withGate.get(round) / without.get(round));
    }
    double ratio = BenchHttp.median(ratios);
    double total =
        withGate.stream().mapToDouble(Double::doubleValue).sum()
            / without.stream().mapToDouble(Double::doubleValue).sum();
    System.out.printf(
        "GET /account/, %d clients, %d pairs of %d ms rounds (alternating order) after %d warm-up pairs%n",
        GATE_THREADS, GATE_ROUNDS, GATE_ROUND_MS, GATE_WARMUP_ROUNDS);
    System.out.printf("baseline (gate off): median %.0f req/s%n", BenchHttp.median(without));
    System.out.printf("gate on:             median %.0f req/s%n", BenchHttp.median(withGate));
    System.out.printf(
        "per-pair ratio on/off: median %.3f (quartiles %.3f .. %.3f); all requests on/off %.3f%n",
        ratio, BenchHttp.percentile(ratios, 25), BenchHttp.percentile(ratios, 75), total);
    System.out.printf("overhead (1 - median ratio): %.1f %%%n", (1 - ratio) * 100);
  }

  /**
   * Signed-in sessions of a user who has accepted everything in force (the versions of legal/ are
   * published first if nothing is).
   */
  static List<HttpClient> readySessions(String base, String email, String password, int count)
      throws Exception {
    HttpClient admin = BenchHttp.client();
    BenchHttp.signIn(admin, base, email, password);
    for (String kind : List.of("TERMS_OF_SERVICE", "PRIVACY_POLICY")) {
      String path = "/admin/policies/publish?kind=" + kind + "&version=1";
      if (BenchHttp.get(admin, base + path).statusCode() == 200) {
        BenchHttp.submit(admin, base, path, "publish", Map.of("effective", "", "confirm", "on", "submit", "Publish"));
      }
    }
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpClient client = BenchHttp.client();
      BenchHttp.signIn(client, base, email, password);
      if (BenchHttp.get(client, base + "/consent/review").body().contains("name=\"review\"")) {
        BenchHttp.submit(client, base, "/consent/review", "review", Map.of("accept", "I accept"));
      }
      HttpResponse<String> page = BenchHttp.get(client, base + "/account/");
      BenchHttp.check(page.statusCode() == 200, "GET /account/ answered " + page.statusCode());
      clients.add(client);
    }
    return clients;
  }

  /** Requests/s of GET /account/ with one thread per client for the given time. */
  static double throughput(String base, List<HttpClient> clients, long millis) throws Exception {
    List<Request> requests = new ArrayList<>();
    for (HttpClient client : clients) {
      requests.add(() -> BenchHttp.get(client, base + "/account/"));
    }
    return perSecond("GET " + base + "/account/", requests, millis, 1);
  }

  /** One request of a load thread. */
  interface Request {
    HttpResponse<String> send() throws Exception;
  }

  /**
   * Runs one thread per request kind for the given time, each sending its request again and again,
   * and answers the units done per second ({@code unitsPerRequest} for each 200). Any other
   * answer fails the benchmark, with the first one shown.
   */
  static double perSecond(String name, List<Request> requests, long millis, int unitsPerRequest)
      throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (Request request : requests) {
      threads.add(
          new Thread(
              () -> {
                while (running.get()) {
                  String failure;
                  try {
                    HttpResponse<String> r = request.send();
                    if (r.statusCode() == 200) {
                      done.addAndGet(unitsPerRequest);
                      continue;
                    }
                    failure = "answered " + r.statusCode() + ": " + r.body();
                  } catch (Exception e) {
                    failure = "failed: " + e;
                  }
                  if (failed.incrementAndGet() == 1) {
                    System.err.println(name + " " + failure);
                  }
                }
              }));
    }
    long t0 = System.nanoTime();
    threads.forEach(Thread::start);
    Thread.sleep(millis);
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    BenchHttp.check(failed.get() == 0, failed.get() + " requests failed: " + name);
    return done.get() / seconds;
  }

  // --- (b) ledger appends against raw JDBC inserts ------------------------------------------

  static final int BATCH = 20;
  static final long LEDGER_ROUND_MS = 6_000;
  static final int LEDGER_ROUNDS = 3;

  static void ledger(String base, String email, String password) throws Exception {
    readySessions(base, email, password, 1);
    HttpClient client = BenchHttp.client();
    BenchHttp.check(
        BenchHttp.post(client, base + "/api/v1/bench/raw/table", "text/plain", "").statusCode() == 200,
        "no bench resource: is the bench WAR deployed?");
    String[] subjects =
        BenchHttp.post(client, base + "/api/v1/bench/subjects?count=32", "text/plain", "").body().strip().split("\n");
    appendRate(base, "ledger", subjects, 8, 3_000);
    appendRate(base, "raw", subjects, 8, 3_000);
    System.out.printf("%-8s %14s %14s %8s%n", "writers", "raw JDBC /s", "ledger /s", "ratio");
    for (int writers : new int[] {1, 8, 32}) {
      List<Double> raw = new ArrayList<>();
      List<Double> ledger = new ArrayList<>();
      for (int round = 0; round < LEDGER_ROUNDS; round++) {
        raw.add(appendRate(base, "raw", subjects, writers, LEDGER_ROUND_MS));
        ledger.add(appendRate(base, "ledger", subjects, writers, LEDGER_ROUND_MS));
      }
      double r = BenchHttp.median(raw);
      double l = BenchHttp.median(ledger);
      System.out.printf("%-8d %14.0f %14.0f %8.2f%n", writers, r, l, l / r);
    }
  }

  /** Rows per second written by the given number of writers, each with its own subject. */
  static double appendRate(String base, String kind, String[] subjects, int writers, long millis)
      throws Exception {
    List<Request> requests = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String url =
          kind.equals("raw")
              ? base + "/api/v1/bench/raw?count=" + BATCH
              : base + "/api/v1/bench/append?count=" + BATCH + "&subject=" + subjects[w];
      HttpClient client = BenchHttp.client();
      requests.add(() -> BenchHttp.post(client, url, "text/plain", ""));
    }
    return perSecond(kind + " appends", requests, millis, BATCH);
  }

  // --- (c) which version had X accepted at T ----------------------------------------------

  static final int PER_SUBJECT = 10;
  static final int SMALL_SUBJECTS = 1_000;
  static final int FILL_CHUNK = 5_000;

  static void lookup(String base, String email, String password, int events) throws Exception {
    readySessions(base, email, password, 1);
    HttpClient admin = BenchHttp.client();
    BenchHttp.signIn(admin, base, email, password);
    fill(base, 0, SMALL_SUBJECTS);
    int n = 3_000;
    latencies(admin, base, n, -1);
    latencies(admin, base, n, SMALL_SUBJECTS);
    inProcess(base, SMALL_SUBJECTS, n);
    List<Double> floor = latencies(admin, base, n, -1);
    List<Double> small = latencies(admin, base, n, SMALL_SUBJECTS);
    String smallInProcess = inProcess(base, SMALL_SUBJECTS, n);
    int subjects = events / PER_SUBJECT;
    long t0 = System.nanoTime();
    for (int from = SMALL_SUBJECTS; from < subjects; from += FILL_CHUNK) {
      fill(base, from, Math.min(FILL_CHUNK, subjects - from));
    }
    System.out.printf("filled %d events in %.0f s%n", (long) subjects * PER_SUBJECT, (System.nanoTime() - t0) / 1e9);
    latencies(admin, base, n, subjects);
    inProcess(base, subjects, n);
    List<Double> large = latencies(admin, base, n, subjects);
    String largeInProcess = inProcess(base, subjects, n);
    List<Double> floorAgain = latencies(admin, base, n, -1);
    report("HTTP floor: GET ledger verification status", floor);
    report("HTTP lookup, " + SMALL_SUBJECTS * PER_SUBJECT + " events", small);
    report("HTTP lookup, " + (long) subjects * PER_SUBJECT + " events", large);
    report("HTTP floor again", floorAgain);
    System.out.printf("%-45s n=%d  %s%n", "in-process lookup, " + SMALL_SUBJECTS * PER_SUBJECT + " events", n, smallInProcess);
    System.out.printf("%-45s n=%d  %s%n", "in-process lookup, " + (long) subjects * PER_SUBJECT + " events", n, largeInProcess);
    System.out.printf(
        "ratio p99 large / small ledger: %.2f%n",
        BenchHttp.percentile(large, 99) / BenchHttp.percentile(small, 99));
  }

  /** The bench resource's own timing of the service call: "p50 … ms  p99 … ms". */
  static String inProcess(String base, int subjects, int n) throws Exception {
    HttpResponse<String> r =
        BenchHttp.post(
            BenchHttp.client(),
            base + "/api/v1/bench/lookup?subjects=" + subjects + "&count=" + n,
            "text/plain",
            "");
    BenchHttp.check(r.statusCode() == 200, "lookup answered " + r.statusCode());
    String[] parts = r.body().strip().split(" ");
    return "p50 " + parts[0] + " ms  p99 " + parts[1] + " ms  (" + parts[2] + " acceptances found)";
  }

  static void fill(String base, int from, int subjects) throws Exception {
    HttpResponse<String> r =
        BenchHttp.post(
            BenchHttp.client(),
            base + "/api/v1/bench/fill?from=" + from + "&subjects=" + subjects + "&perSubject=" + PER_SUBJECT,
            "text/plain",
            "");
    BenchHttp.check(r.statusCode() == 200, "fill answered " + r.statusCode() + ": " + r.body());
  }

  /** Sequential lookups of random subjects at random instants (subjects < 0: the HTTP floor). */
  static List<Double> latencies(HttpClient admin, String base, int n, int subjects) throws Exception {
    List<Double> ms = new ArrayList<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < n; i++) {
      String url =
          subjects < 0
              ? base + "/api/v1/admin/ledger/verification"
              : base
                  + "/api/v1/admin/subjects/"
                  + new UUID(0xBE7C4L, random.nextInt(subjects))
                  + "/acceptances?at="
                  + java.time.Instant.now().minusSeconds(random.nextLong(730L * 86_400));
      long t0 = System.nanoTime();
      HttpResponse<String> r = BenchHttp.get(admin, url);
      ms.add((System.nanoTime() - t0) / 1e6);
      BenchHttp.check(r.statusCode() == 200, "lookup answered " + r.statusCode() + ": " + r.body());
    }
    return ms;
  }

  static void report(String name, List<Double> ms) {
    System.out.printf(
        "%-45s n=%d  p50 %.2f ms  p99 %.2f ms%n",
        name, ms.size(), BenchHttp.percentile(ms, 50), BenchHttp.percentile(ms, 99));
  }

  // --- (d) the legal notice of a new version to every account holder -----------------------

  static void notify(String base, String email, String password, int accounts) throws Exception {
    readySessions(base, email, password, 1);
    HttpClient admin = BenchHttp.client();
    BenchHttp.signIn(admin, base, email, password);
    HttpClient bench = BenchHttp.client();
    BenchHttp.post(bench, base + "/api/v1/bench/mail/accounts?count=" + accounts, "text/plain", "");
    String rawOne = BenchHttp.post(bench, base + "/api/v1/bench/mail/raw?count=500&threads=1", "text/plain", "").body();
    String rawEight = BenchHttp.post(bench, base + "/api/v1/bench/mail/raw?count=2000&threads=8", "text/plain", "").body();
    long sentBefore = sent(bench, base);

    String publish = "/admin/policies/publish?kind=TERMS_OF_SERVICE&version=2";
    long t0 = System.nanoTime();
    HttpResponse<String> published =
        BenchHttp.submit(
            admin,
            base,
            publish,
            "publish",
            Map.of("effective", "", "notify", "on", "confirm", "on", "submit", "Publish"));
    BenchHttp.check(published.statusCode() == 302, "publish answered " + published.statusCode());
    // The new version is MATERIAL: the admin accepts it before using the admin pages again.
    BenchHttp.submit(admin, base, "/consent/review", "review", Map.of("accept", "I accept"));
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("/admin/campaigns/view\\?id=(\\d+)")
            .matcher(BenchHttp.get(admin, base + "/admin/campaigns").body());
    BenchHttp.check(id.find(), "no campaign after publishing");
    String status = base + "/api/v1/admin/campaigns/" + id.group(1);
    String progress = BenchHttp.get(admin, status).body();
    int polls = 0;
    while (progress.contains("\"running\":true")) {
      if (polls++ % 20 == 0) {
        System.out.println("progress: " + progress);
      }
      Thread.sleep(100);
      progress = BenchHttp.get(admin, status).body();
    }
    double queued = (System.nanoTime() - t0) / 1e9;
    int total = Integer.parseInt(progress.replaceAll(".*\"total\":(\\d+).*", "$1"));
    while (sent(bench, base) - sentBefore < total) {
      Thread.sleep(200);
    }
    double delivered = (System.nanoTime() - t0) / 1e9;
    System.out.println("done: " + progress);
    System.out.printf("baseline: plain Jakarta Mail sends, 1 thread:  %s mails/s%n", rawOne);
    System.out.printf("baseline: plain Jakarta Mail sends, 8 threads: %s mails/s%n", rawEight);
    System.out.printf("campaign: %d notices queued in %.1f s (%.0f /s)%n", total, queued, total / queued);
    System.out.printf(
        "campaign: %d notices delivered to SMTP in %.1f s: %.1f mails/s%n",
        total, delivered, total / delivered);
  }

  static long sent(HttpClient client, String base) throws Exception {
    return Long.parseLong(
        BenchHttp.get(client, base + "/api/v1/bench/mail/count?status=SENT").body().strip());
  }
}
