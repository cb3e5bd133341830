import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Anonymous viewer requests/s of an interactive image (YouTube, Vimeo and text tags, the consent
 * screen showing) against a static image served by the same server, in alternating rounds; and the
 * same viewer with the page cache switched off (a second copy of the WAR in the same server, same
 * database). Usage: bench/media.sh
 */
public class MediaBench {

  static final int THREADS = 8;
  static final long ROUND_MS = 5_000;
  static final int WARMUP_ROUNDS = 2;
  static final int ROUNDS = 6;

  public static void main(String[] args) throws Exception {
    String on = args[0];
    String off = args[1];
    String email = args[2];
    String password = args[3];
    String id = imageWithTags(on, email, password);
    String staticImage = on + "/resources/img/embed-placeholder.svg";
    String viewer = on + "/media/" + id;
    String uncached = off + "/media/" + id;
    for (String url : List.of(staticImage, viewer, uncached)) {
      HttpResponse<String> r = BenchHttp.get(BenchHttp.client(), url);
      BenchHttp.check(r.statusCode() == 200, url + " answered " + r.statusCode());
    }
    BenchHttp.check(
        BenchHttp.get(BenchHttp.client(), viewer).body().contains("id=\"embed-consent\""),
        "the viewer does not show the consent screen");

    List<HttpClient> decided = decidedViewers(on, id);
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      rate(staticImage);
      rate(viewer);
      rate(uncached);
      rate(viewer, decided);
    }
    List<Double> statics = new ArrayList<>();
    List<Double> viewers = new ArrayList<>();
    List<Double> uncachedViewers = new ArrayList<>();
    List<Double> decidedViewers = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> uncachedRatios = new ArrayList<>();
    List<Double> decidedRatios = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      double s;
      double v;
      double u;
      double d;
      if (round % 2 == 0) {
        s = rate(staticImage);
        v = rate(viewer);
        d = rate(viewer, decided);
        u = rate(uncached);
      } else {
        u = rate(uncached);
        d = rate(viewer, decided);
        v = rate(viewer);
        s = rate(staticImage);
      }
      statics.add(s);
      viewers.add(v);
      uncachedViewers.add(u);
      decidedViewers.add(d);
      ratios.add(v / s);
      uncachedRatios.add(u / s);
      decidedRatios.add(d / s);
    }
    System.out.printf(
        "anonymous GETs, %d clients, %d rounds of %d ms (alternating order) after %d warm-up rounds%n",
        THREADS, ROUNDS, ROUND_MS, WARMUP_ROUNDS);
    System.out.printf(
        "baseline: static image %s: median %.0f req/s%n", "/resources/img/embed-placeholder.svg",
        BenchHttp.median(statics));
    System.out.printf("viewer /media/{id}:                 median %.0f req/s%n", BenchHttp.median(viewers));
    System.out.printf(
        "viewer after Accept (consent id):   median %.0f req/s%n", BenchHttp.median(decidedViewers));
    System.out.printf(
        "viewer, page cache off:             median %.0f req/s%n", BenchHttp.median(uncachedViewers));
    System.out.printf(
        "ratio viewer / static (per round): median %.3f (quartiles %.3f .. %.3f)%n",
        BenchHttp.median(ratios), BenchHttp.percentile(ratios, 25), BenchHttp.percentile(ratios, 75));
    System.out.printf(
        "ratio viewer after Accept / static: median %.3f (quartiles %.3f .. %.3f)%n",
        BenchHttp.median(decidedRatios),
        BenchHttp.percentile(decidedRatios, 25),
        BenchHttp.percentile(decidedRatios, 75));
    System.out.printf(
        "ratio viewer without cache / static: median %.3f (quartiles %.3f .. %.3f)%n",
        BenchHttp.median(uncachedRatios),
        BenchHttp.percentile(uncachedRatios, 25),
        BenchHttp.percentile(uncachedRatios, 75));
  }

  /** Requests/s of one address, anonymous clients (no cookies kept), one thread each. */
  static double rate(String url) throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      clients.add(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }
    return rate(url, clients);
  }

  /** Requests/s of one address with the given clients (and their cookies), one thread each. */
  static double rate(String url, List<HttpClient> clients) throws Exception {
    List<PolicyBench.Request> requests = new ArrayList<>();
    for (HttpClient client : clients) {
      requests.add(() -> BenchHttp.get(client, url));
    }
    return PolicyBench.perSecond("GET " + url, requests, ROUND_MS, 1);
  }

  /** Anonymous viewers who each accepted the image's providers (each has its own consent id). */
  static List<HttpClient> decidedViewers(String base, String id) throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    URI root = URI.create(base);
    String origin = root.getScheme() + "://" + root.getHost() + ":" + root.getPort();
    for (int i = 0; i < THREADS; i++) {
      HttpClient client = BenchHttp.client();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/embed-consent"))
                  .header("Content-Type", BenchHttp.FORM)
                  .header("Origin", origin)
                  .POST(HttpRequest.BodyPublishers.ofString("media=" + id + "&decision=accept"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      BenchHttp.check(r.statusCode() == 303, "accept answered " + r.statusCode());
      String page = BenchHttp.get(client, base + "/media/" + id).body();
      BenchHttp.check(
          page.contains("youtube-nocookie.com/embed") && !page.contains("id=\"embed-consent\""),
          "the accepted viewer does not load the embeds");
      clients.add(client);
    }
    return clients;
  }

  /** Uploads an 800×600 PNG as the given user and tags it; answers its public id. */
  static String imageWithTags(String base, String email, String password) throws Exception {
    HttpClient client = BenchHttp.client();
    BenchHttp.signIn(client, base, email, password);
    String page = BenchHttp.get(client, base + "/media").body();
    Matcher state = BenchHttp.VIEW_STATE.matcher(page);
    BenchHttp.check(state.find(), "no upload form on /media");
    Matcher action = Pattern.compile("<form id=\"upload\"[^>]*action=\"([^\"]+)\"").matcher(page);
    BenchHttp.check(action.find(), "no upload form action");
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields =
        Map.of(
            "upload", "upload",
            "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"),
            "upload:title", "Benchmark festival",
            "upload:submit", "Upload");
    fields.forEach(
        (k, v) ->
            body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"b.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(png());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String root = URI.create(base).getPath();
    HttpResponse<String> uploaded =
        client.send(
            HttpRequest.newBuilder(URI.create(base + action.group(1).substring(root.length())))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher id =
        Pattern.compile("/media/([A-Za-z0-9_-]{22})/edit")
            .matcher(uploaded.headers().firstValue("Location").orElse(""));
    BenchHttp.check(id.find(), "upload answered " + uploaded.statusCode());
    String edit = "/media/" + id.group(1) + "/edit";
    String[][] tags = {
      {"20", "30", "Opening video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
      {"60", "45", "Interview", "https://vimeo.com/76979871"},
      {"75", "80", "Stage plan: the main stage is on the left, food on the right.", ""}
    };
    for (String[] t : tags) {
      BenchHttp.submit(
          client, base, edit, "tag", Map.of("x", t[0], "y", t[1], "label", t[2], "link", t[3], "add", "Add tag"));
    }
    return id.group(1);
  }

  static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x0b3d5c), 800, 600, new Color(0xffbf47)));
    g.fillRect(0, 0, 800, 600);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
