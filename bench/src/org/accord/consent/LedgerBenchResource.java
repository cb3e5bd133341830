package org.accord.consent;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.accord.platform.Hashes;
import org.accord.policy.AcceptanceGate;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;

/**
 * Only in the benchmark WAR (bench/policy.sh adds it to a copy of accord.war): drives the real
 * consent ledger and, for comparison, raw JDBC inserts of rows of the same shape into a table with
 * the same constraints and indexes, in the same database; and fills the ledger with synthetic,
 * correctly chained events for the point-in-time lookup.
 */
@Path("bench")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class LedgerBenchResource {

  private static final String UA =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

  @Inject ConsentLedger ledger;
  @Inject PolicyService policies;
  @Inject AcceptanceGate gate;

  @Resource(lookup = "jdbc/accord")
  DataSource dataSource;

  private final AtomicLong rawIds = new AtomicLong(20_000_000_000L);

  /** Creates {@code count} ledger subjects (as sign-up does) and lists their ids. */
  @POST
  @Path("subjects")
  public String subjects(@QueryParam("count") int count) {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < count; i++) {
      ids.append(ledger.newSubject()).append('\n');
    }
    return ids.toString();
  }

  /** {@code count} appends to one subject's chain, each in its own transaction, as accepting does. */
  @POST
  @Path("append")
  public String append(@QueryParam("subject") String subject, @QueryParam("count") int count) {
    PolicyVersion terms = policies.current(DocumentKind.TERMS_OF_SERVICE).orElseThrow();
    String hash = terms.text("en").getSha256();
    for (int i = 0; i < count; i++) {
      ledger.append(
          new ConsentRequest(
              subject,
              Purpose.TERMS,
              Decision.GIVEN,
              terms.getId(),
              hash,
              "en",
              Method.REVIEW_PAGE,
              "127.0.0.1",
              UA,
              null,
              UUID.randomUUID().toString(),
              null));
    }
    return String.valueOf(count);
  }

  /** {@code count} single-row INSERTs of the same shape, each committed on its own. */
  @POST
  @Path("raw")
  public String raw(@QueryParam("count") int count) throws SQLException {
    String hash = Hashes.sha256("bench");
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT.replace("consent_event", "bench_raw_event"))) {
      c.setAutoCommit(true);
      for (int i = 0; i < count; i++) {
        long id = rawIds.incrementAndGet();
        bind(
            insert,
            id,
            UUID.randomUUID().toString(),
            1,
            Purpose.TERMS,
            1L,
            hash,
            Instant.now(),
            UA,
            UUID.randomUUID().toString(),
            hash,
            Hashes.sha256(String.valueOf(id)));
        insert.executeUpdate();
      }
    }
    return String.valueOf(count);
  }

  /** Creates the raw-insert table with the consent_event table's columns, constraints and indexes. */
  @POST
  @Path("raw/table")
  public String rawTable() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_raw_event");
      s.execute(
          "CREATE TABLE bench_raw_event (id BIGINT PRIMARY KEY, subject VARCHAR(64) NOT NULL,"
              + " subject_sequence BIGINT NOT NULL, purpose VARCHAR(40) NOT NULL,"
              + " decision VARCHAR(20) NOT NULL, document_version_id BIGINT, text_hash VARCHAR(64),"
              + " language VARCHAR(8), method VARCHAR(30) NOT NULL,"
              + " occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, ip_truncated VARCHAR(45),"
              + " user_agent VARCHAR(300), actor VARCHAR(64), submission_token VARCHAR(64),"
              + " detail VARCHAR(2000), previous_hash VARCHAR(64) NOT NULL,"
              + " hash VARCHAR(64) NOT NULL,"
              + " CONSTRAINT bench_raw_chain UNIQUE (subject, subject_sequence),"
              + " CONSTRAINT bench_raw_submission UNIQUE (subject, submission_token))");
      s.execute("CREATE INDEX bench_raw_time ON bench_raw_event (occurred_at, id)");
      s.execute(
          "CREATE INDEX bench_raw_subject_purpose ON bench_raw_event (subject, purpose, occurred_at)");
    }
    return "ok";
  }

  /**
   * Adds synthetic subjects {@code new UUID(0xBE7C4, n)} for n in [from, from + subjects), each
   * with {@code perSubject} events accepting the published versions over the past two years,
   * chained and hashed exactly as the ledger does, with their chain heads.
   */
  @POST
  @Path("fill")
  public String fill(
      @QueryParam("from") long from,
      @QueryParam("subjects") int subjects,
      @QueryParam("perSubject") int perSubject)
      throws SQLException {
    List<PolicyVersion> versions =
        List.of(DocumentKind.values()).stream().flatMap(k -> policies.history(k).stream()).toList();
    Instant start = Instant.now().minus(730, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    long events = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT);
        PreparedStatement head =
            c.prepareStatement(
                "INSERT INTO consent_chain_head (subject, last_sequence, last_hash, version)"
                    + " VALUES (?, ?, ?, 1)")) {
      c.setAutoCommit(false);
      for (long n = from; n < from + subjects; n++) {
        String subject = new UUID(0xBE7C4L, n).toString();
        ChainHead chain = new ChainHead(subject);
        for (int k = 0; k < perSubject; k++) {
          PolicyVersion v = versions.get((int) ((n + k) % versions.size()));
          Instant at = start.plus((k * 73L) + (n % 73), ChronoUnit.DAYS).plusMillis(n % 86_400_000);
          ConsentEvent e =
              chain.append(
                  new ConsentRequest(
                      subject,
                      v.getKind().purpose(),
                      Decision.GIVEN,
                      v.getId(),
                      v.text("en").getSha256(),
                      "en",
                      k == 0 ? Method.SIGNUP_FORM : Method.REVIEW_PAGE,
                      "192.0.2.10",
                      UA,
                      null,
                      null,
                      null),
                  at);
          bind(
              insert,
              30_000_000_000L + n * perSubject + k,
              subject,
              e.getSequence(),
              e.getPurpose(),
              e.getDocumentVersionId(),
              e.getTextHash(),
              e.getOccurredAt(),
              e.getUserAgent(),
              null,
              e.getPreviousHash(),
              e.getHash());
          insert.setString(7, e.getMethod().name());
          insert.setString(9, e.getIpTruncated());
          insert.addBatch();
          events++;
        }
        head.setString(1, subject);
        head.setLong(2, chain.getLastSequence());
        head.setString(3, chain.getLastHash());
        head.addBatch();
        if (n % 500 == 0) {
          insert.executeBatch();
          head.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
      head.executeBatch();
      c.commit();
    }
    return String.valueOf(events);
  }

  /**
   * Times {@code count} calls of the service method behind the lookup API, in this process (no
   * HTTP): random synthetic subjects among the first {@code subjects}, random instants in the past
   * two years. Answers "p50 p99" in milliseconds.
   */
  @POST
  @Path("lookup")
  public String lookup(@QueryParam("subjects") int subjects, @QueryParam("count") int count) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    double[] ms = new double[count];
    int found = 0;
    for (int i = 0; i < count; i++) {
      String subject = new UUID(0xBE7C4L, random.nextInt(subjects)).toString();
      Instant at = Instant.now().minusSeconds(random.nextLong(730L * 86_400));
      long t0 = System.nanoTime();
      found += gate.acceptedAt(subject, at).size();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return String.format(
        Locale.ROOT,
        "%.3f %.3f %d",
        ms[(int) Math.ceil(count * 0.5) - 1],
        ms[(int) Math.ceil(count * 0.99) - 1],
        found);
  }

  private static final String INSERT =
      "INSERT INTO consent_event (id, subject, subject_sequence, purpose, decision,"
          + " document_version_id, text_hash, language, method, occurred_at, ip_truncated,"
          + " user_agent, actor, submission_token, detail, previous_hash, hash)"
          + " VALUES (?, ?, ?, ?, 'GIVEN', ?, ?, 'en', ?, ?, ?, ?, NULL, ?, NULL, ?, ?)";

  private static void bind(
      PreparedStatement p,
      long id,
      String subject,
      long sequence,
      Purpose purpose,
      Long versionId,
      String textHash,
      Instant at,
      String userAgent,
      String token,
      String previousHash,
      String hash)
      throws SQLException {
    p.setLong(1, id);
    p.setString(2, subject);
    p.setLong(3, sequence);
    p.setString(4, purpose.name());
    p.setLong(5, versionId);
    p.setString(6, textHash);
    p.setString(7, Method.REVIEW_PAGE.name());
    p.setObject(8, at.atOffset(ZoneOffset.UTC));
    p.setString(9, "192.0.2.0");
    p.setString(10, userAgent);
    p.setString(11, token);
    p.setString(12, previousHash);
    p.setString(13, hash);
  }
}
