package org.accord.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies, on the loopback address, for API and form tests. */
public final class Http {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final URL base;
  private final HttpClient client;
  private final CookieManager cookies;

  public Http(URL base) {
    this(base, new CookieManager());
  }

  private Http(URL base, CookieManager cookies) {
    this.base = base;
    this.cookies = cookies;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The same browser (its cookies) talking to another server, such as a second cluster node. */
  public Http at(URL otherBase) {
    return new Http(otherBase, cookies);
  }

  public URI uri(String path) {
    return URI.create(Pages.url(base, path));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json, String language) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A JSON POST as this site's own script sends it (with its Origin). */
  public HttpResponse<String> postJsonFromSite(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Origin", "http://127.0.0.1:" + base.getPort())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /**
   * Loads a Faces form page and posts it back with the given fields (names without the form
   * prefix), as a browser without JavaScript would.
   */
  public HttpResponse<String> submitForm(String path, String form, Map<String, String> fields) {
    return send(formRequest(path, form, fields));
  }

  /** The same, with the body's bytes given as they are (to send invalid UTF-8). */
  public HttpResponse<String> submitFormBytes(String path, String form, byte[] fieldsPart) {
    HttpRequest template = formRequest(path, form, Map.of());
    String head = formHead(form);
    byte[] prefix = head.getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[prefix.length + fieldsPart.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    System.arraycopy(fieldsPart, 0, body, prefix.length, fieldsPart.length);
    return send(
        HttpRequest.newBuilder(template.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /**
   * Loads a Faces form page and posts it back as multipart/form-data with the given fields and one
   * file (its name and declared type are what a browser would send; the server must not trust
   * them).
   */
  public HttpResponse<String> upload(
      String path,
      String form,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String fileType,
      byte[] file) {
    HttpRequest template = formRequest(path, form, Map.of());
    // Posted where the form says, as a browser does (the container parses multipart bodies only
    // for the servlet the address maps to).
    Matcher action =
        Pattern.compile("<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\"").matcher(lastPage);
    String context = base.getPath().replaceAll("/$", "");
    URI target =
        action.find()
            ? uri(action.group(1).replace("&amp;", "&").substring(context.length()))
            : template.uri();
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    all.put("jakarta.faces.ViewState", lastViewState);
    all.putAll(prefixed(form, fields));
    String boundary = "----accord" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + form
                + ":"
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + fileType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** Fetches the raw bytes at a path (images). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a plain (non-Faces) form as a page of this site would, with its Origin. */
  public HttpResponse<String> postPlainForm(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://127.0.0.1:" + base.getPort())
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
            .build());
  }

  /** Signs in through the form, as a browser without JavaScript would. */
  public HttpResponse<String> signIn(String email, String password) {
    return submitForm(
        "/login", "login", Map.of("email", email, "password", password, "submit", "Sign in"));
  }

  /** Signs in as the test run's admin and accepts any document in force, as the admin would. */
  public Http signInAsAdmin() {
    signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    acceptPending();
    return this;
  }

  /** As an admin: both required documents have a version in force (v1 from legal/ if need be). */
  public Http ensureDocumentsInForce() {
    for (String kind : List.of("TERMS_OF_SERVICE", "PRIVACY_POLICY")) {
      String path = "/admin/policies/publish?kind=" + kind + "&version=1";
      if (get(path).statusCode() == 200) {
        submitForm(path, "publish", Map.of("effective", "", "confirm", "on", "submit", "Publish"));
      }
    }
    acceptPending();
    return this;
  }

  /** Accepts whatever the review page asks for (nothing when nothing is pending). */
  public void acceptPending() {
    HttpResponse<String> review = get("/consent/review");
    if (review.body().contains("name=\"review\"")) {
      submitForm("/consent/review", "review", Map.of("accept", "I accept"));
    }
  }

  private String lastViewState;
  private String lastPage = "";

  private HttpRequest formRequest(String path, String form, Map<String, String> fields) {
    HttpResponse<String> page = get(path);
    lastPage = page.body();
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no form on " + path + ": " + page.statusCode());
    }
    lastViewState = m.group(1).replace("&#58;", ":");
    Map<String, String> all = hiddenFields(page.body(), form);
    all.putAll(prefixed(form, fields));
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(formHead(form) + encode(all)))
        .build();
  }

  /** The form's own hidden inputs (version ids, submission tokens), as a browser sends them. */
  private static Map<String, String> hiddenFields(String html, String form) {
    Map<String, String> hidden = new LinkedHashMap<>();
    Matcher input = HIDDEN.matcher(html);
    while (input.find()) {
      Matcher name = NAME.matcher(input.group());
      Matcher value = VALUE.matcher(input.group());
      if (name.find() && name.group(1).startsWith(form + ":")) {
        hidden.put(name.group(1), value.find() ? value.group(1) : "");
      }
    }
    return hidden;
  }

  private String formHead(String form) {
    return encode(Map.of(form, form, "jakarta.faces.ViewState", lastViewState)) + "&";
  }

  private static Map<String, String> prefixed(String form, Map<String, String> fields) {
    Map<String, String> prefixed = new LinkedHashMap<>();
    fields.forEach((k, v) -> prefixed.put(form + ":" + k, v));
    return prefixed;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
