package org.accord.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Only in the benchmark WAR: many verified accounts at once, the outbox's delivery counts, and the
 * baseline for mail throughput: plain Jakarta Mail sends to the same SMTP server.
 */
@Path("bench/mail")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class MailBenchResource {

  @Resource(lookup = "jdbc/accord")
  DataSource dataSource;

  @Inject SmtpSettings smtp;

  /** Adds {@code count} verified accounts (they never sign in; the hash is a placeholder). */
  @POST
  @Path("accounts")
  public String accounts(@QueryParam("count") int count) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO account (id, email, password_hash, birth_date, country, language,"
                    + " status, created_at, email_verified_at, password_changed_at, version,"
                    + " consent_subject) VALUES (?, ?, 'bench', ?, 'FI', 'en', 'ACTIVE', ?, ?, ?,"
                    + " 1, ?)")) {
      c.setAutoCommit(false);
      long first = 40_000_000_000L + System.nanoTime() % 1_000_000_000L;
      for (int i = 0; i < count; i++) {
        insert.setLong(1, first + i);
        insert.setString(2, "bench-" + (first + i) + "@example.org");
        insert.setObject(3, LocalDate.of(1990, 1, 1));
        insert.setObject(4, now);
        insert.setObject(5, now);
        insert.setObject(6, now);
        insert.setString(7, "bench-subject-" + (first + i));
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    }
    return String.valueOf(count);
  }

  /** How many outbox messages have the given status. */
  @GET
  @Path("count")
  public String count(@QueryParam("status") String status) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM mail_message WHERE status = ?")) {
      q.setString(1, status);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return String.valueOf(r.getLong(1));
      }
    }
  }

  /**
   * The baseline: {@code count} plain Jakarta Mail sends (one connection each, as the outbox
   * delivers) from {@code threads} threads to the configured SMTP server. Answers mails/s.
   */
  @POST
  @Path("raw")
  public String raw(@QueryParam("count") int count, @QueryParam("threads") int threads)
      throws Exception {
    Session session = Session.getInstance(smtp.sessionProperties());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> sends = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      sends.add(
          pool.submit(
              () -> {
                MimeMessage mime = new MimeMessage(session);
                mime.setFrom(new InternetAddress(smtp.from()));
                mime.setRecipient(
                    Message.RecipientType.TO, new InternetAddress("raw-" + n + "@example.org"));
                mime.setSubject("Terms of Service: version 2 takes effect", "UTF-8");
                mime.setText("Hello,\n\nwe have published a new version of our terms.", "UTF-8");
                Transport.send(mime);
                return null;
              }));
    }
    for (Future<?> send : sends) {
      send.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return String.format(Locale.ROOT, "%.1f", count / seconds);
  }
}
