package org.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.accord.media.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's cluster set-up, tested (mvn verify -Pcluster): two Payara Micro nodes in one Payara
 * cluster (Hazelcast, TCP/IP members) sharing PostgreSQL. A session started on one node is signed
 * in on the other; a policy version published on one node gates the other within its 10-second
 * catalog refresh; an acceptance on one node counts on the other at once; an embed decision made on
 * one node shows on the other at once, and an owner's change within the viewer page cache's 10
 * seconds.
 */
class ClusterCheck {

  private static final String SCHEMA = "accord_cluster";
  private static final List<Process> NODES = new ArrayList<>();
  private static URL nodeA;
  private static URL nodeB;
  private static Path logs;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    logs = Files.createDirectories(Path.of("target", "cluster"));
    int hzA = freePort();
    int hzB = freePort();
    String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
    String cluster = "accord-check-" + UUID.randomUUID().toString().substring(0, 8);
    // Both at once on an empty database: each migrates and tries to create the admin account.
    int portA = freePort();
    int portB = freePort();
    Process a = launch("nodeA", portA, hzA, members, cluster);
    Process b = launch("nodeB", portB, hzB, members, cluster);
    nodeA = awaitUp("nodeA", a, portA);
    nodeB = awaitUp("nodeB", b, portB);
    awaitLog("nodeB", "DG Size: 2", Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopNodes() {
    NODES.forEach(Process::destroy);
    for (Process p : NODES) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Process launch(String name, int port, int hzPort, String members, String cluster)
      throws Exception {
    String target = System.getProperty("accord.basedir", ".") + "/target";
    String base = System.getProperty("accord.basedir", ".");
    ProcessBuilder builder =
        new ProcessBuilder(
            System.getProperty("payara.java", "java"),
            "-Xmx1g",
            "-Dhazelcast.phone.home.enabled=false",
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            target + "/accord.war",
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--name",
            name,
            "--clustername",
            cluster,
            "--clustermode",
            members,
            "--startport",
            String.valueOf(hzPort),
            "--interfaces",
            "127.0.0.1",
            "--disablephonehome",
            "--addlibs",
            target + "/lib/postgresql.jar",
            "--prebootcommandfile",
            base + "/src/main/payara/pre-boot.asadmin",
            "--postbootcommandfile",
            base + "/src/main/payara/post-boot.asadmin");
    Map<String, String> env = builder.environment();
    env.put("ACCORD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
    env.put("ACCORD_DB_DRIVER", "org.postgresql.Driver");
    env.put("ACCORD_DB_USER", "postgres");
    env.put("ACCORD_DB_PASSWORD", "unused");
    env.put("ACCORD_ADMIN_EMAIL", System.getProperty("it.admin.email"));
    env.put("ACCORD_ADMIN_PASSWORD", System.getProperty("it.admin.password"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(logs.resolve(name + ".log").toFile());
    Process process = builder.start();
    NODES.add(process);
    return process;
  }

  private static URL awaitUp(String name, Process process, int port) throws Exception {
    URL url = URI.create("http://127.0.0.1:" + port + "/").toURL();
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped; see target/cluster/" + name + ".log");
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(url.toURI()).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return url;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " did not answer; see target/cluster/" + name + ".log");
      }
      Thread.sleep(500);
    }
  }

  private static void awaitLog(String name, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path log = logs.resolve(name + ".log");
    while (!Files.readString(log).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " never logged \"" + text + "\": no cluster formed");
      }
      Thread.sleep(500);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Polls until the condition holds or the time is up; answers whether it held. */
  private static boolean within(Duration timeout, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return true;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.get();
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElse("");
  }

  @Test
  void aSessionAPublicationAndAnAcceptanceHoldAcrossNodes() {
    Http a = new Http(nodeA).signInAsAdmin();
    a.ensureDocumentsInForce();
    Http b = a.at(nodeB);
    assertThat(b.get("/admin/").statusCode()).as("signed in on the other node").isEqualTo(200);

    // A new MATERIAL Terms version, published on node A, effective now.
    a.submitForm(
        "/admin/policies/publish?kind=TERMS_OF_SERVICE&version=2",
        "publish",
        Map.of("effective", "", "confirm", "on", "submit", "Publish"));
    assertThat(location(a.get("/admin/"))).endsWith("/consent/review");
    assertThat(
            within(
                Duration.ofSeconds(15),
                () -> location(b.get("/admin/")).endsWith("/consent/review")))
        .as("node B gates within its catalog refresh")
        .isTrue();

    a.acceptPending();
    assertThat(a.get("/admin/").statusCode()).isEqualTo(200);
    assertThat(b.get("/admin/").statusCode())
        .as("accepted on A, honoured on B at once")
        .isEqualTo(200);
  }

  @Test
  void embedDecisionsAndAnOwnersChangesReachTheOtherNode() {
    Http owner = new Http(nodeA).signInAsAdmin();
    owner.ensureDocumentsInForce();
    String id = MediaPagesIT.uploaded(owner, "Cluster", TestImages.png(40, 30));
    MediaPagesIT.tag(owner, id, "Video", MediaPagesIT.YOUTUBE);

    Http viewerA = new Http(nodeA);
    Http viewerB = viewerA.at(nodeB);
    assertThat(viewerB.get("/media/" + id).body()).contains("id=\"embed-consent\"");
    viewerA.postPlainForm("/embed-consent", Map.of("media", id, "decision", "accept"));
    assertThat(viewerB.get("/media/" + id).body())
        .as("accepted on A, loads on B at once")
        .contains("youtube-nocookie.com/embed")
        .doesNotContain("id=\"embed-consent\"");
    viewerB.postPlainForm("/embed-consent", Map.of("media", id, "decision", "reject"));
    assertThat(viewerA.get("/media/" + id).body())
        .as("withdrawn on B, gone on A at once")
        .doesNotContain("youtube-nocookie.com/embed");

    Http anonymousB = new Http(nodeB);
    assertThat(anonymousB.get("/media/" + id).body()).doesNotContain("Added on A");
    MediaPagesIT.tag(owner, id, "Added on A", "");
    assertThat(
            within(
                Duration.ofSeconds(15),
                () -> new Http(nodeB).get("/media/" + id).body().contains("Added on A")))
        .as("an owner's change reaches the other node's viewer page cache in time")
        .isTrue();
    assertThat(new File(logs.toFile(), "nodeA.log")).exists();
  }
}
