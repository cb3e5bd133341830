package org.accord.admin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.Plan;
import org.accord.consent.ClientInfo;
import org.accord.consent.Method;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.platform.DatabaseMigration;
import org.accord.platform.Links;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyService;
import org.accord.policy.PolicyVersion;
import org.accord.security.PasswordService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for trying Accord out ({@code mvn -Prun} sets {@code accord.demo.enabled=true}): on a
 * database where nothing has been published yet, version 1 of the Terms of Service and the Privacy
 * Policy from {@code legal/} is published, a demo user (PRO plan) who has accepted them is created
 * with a generated password printed once, and an interactive image of theirs with YouTube, Vimeo
 * and text tags. Off by default: a production database gets none of this.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String DEMO_EMAIL = "demo@accord.local";

  @PersistenceContext private EntityManager em;
  @Inject private PolicyService policies;
  @Inject private PolicyAcceptance acceptance;
  @Inject private AccountService accounts;
  @Inject private AdminBootstrap bootstrap;
  @Inject private PasswordService passwords;
  @Inject private MediaLibrary media;
  @Inject private Links links;
  @Inject private DemoData self;

  @Inject
  @ConfigProperty(name = "accord.demo.enabled", defaultValue = "false")
  boolean enabled;

  /** After the admin account exists. */
  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 600) DatabaseMigration.Migrated m) {
    if (enabled) {
      try {
        self.seed();
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.SEVERE, "Demo data not created", e);
      }
    }
  }

  /** In a request context of its own: the audit log asks who is acting (nobody, here). */
  @ActivateRequestContext
  @Transactional
  public void seed() {
    if (policies.find(DocumentKind.TERMS_OF_SERVICE, 1).isPresent()
        || accounts.findByEmail(DEMO_EMAIL).isPresent()) {
      return;
    }
    for (DocumentKind kind : List.of(DocumentKind.TERMS_OF_SERVICE, DocumentKind.PRIVACY_POLICY)) {
      policies.publish(kind, 1, null, null);
    }
    String password = AdminBootstrap.generate();
    Account demo =
        bootstrap.verifiedAccount(
            DEMO_EMAIL, passwords.hashNew(password, DEMO_EMAIL), LocalDate.of(1990, 5, 17));
    em.persist(demo);
    em.flush();
    accounts.setPlan(demo.getId(), Plan.PRO);
    acceptance.accept(
        demo.getConsentSubject(),
        acceptance.requiredNow().stream().map(PolicyVersion::getId).toList(),
        "en",
        Method.SIGNUP_FORM,
        ClientInfo.UNKNOWN,
        null);
    Media image = media.upload(demo.getId(), "Summer festival on the island", festival());
    String id = image.getPublicId();
    media.addTag(
        id,
        demo.getId(),
        new BigDecimal("24.5"),
        new BigDecimal("38"),
        "The opening concert, filmed from the pier",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    media.addTag(
        id,
        demo.getId(),
        new BigDecimal("63"),
        new BigDecimal("52"),
        "An interview with the organisers",
        "https://vimeo.com/76979871");
    media.addTag(
        id,
        demo.getId(),
        new BigDecimal("82"),
        new BigDecimal("78"),
        "Food stalls and the ferry back to town are on this side.",
        null);
    LOG.warning(
        () ->
            "\n==========================================================\n"
                + " Accord demo data\n"
                + "   user:     "
                + DEMO_EMAIL
                + " (plan PRO)\n"
                + "   password: "
                + password
                + "\n"
                + "   image:    "
                + links.absolute("/media/" + id)
                + "\n"
                + "   embed:    "
                + links.absolute("/embed/" + id)
                + "\n"
                + " Terms of Service and Privacy Policy v1 are published.\n"
                + "==========================================================");
  }

  /** A drawn 1200×800 festival scene (the demo's image, made here rather than shipped). */
  static byte[] festival() {
    BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x87c5e8), 0, 480, new Color(0xfbe3b0)));
    g.fillRect(0, 0, 1200, 480);
    g.setColor(new Color(0x2a6f97));
    g.fillRect(0, 480, 1200, 320);
    g.setColor(new Color(0xffbf47));
    g.fillOval(880, 70, 140, 140);
    g.setColor(new Color(0x3d6b35));
    g.fillArc(-200, 380, 1000, 300, 0, 180);
    g.setColor(new Color(0x0b3d5c));
    g.fillPolygon(new int[] {220, 380, 540}, new int[] {430, 250, 430}, 3);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(6));
    g.drawLine(700, 560, 1100, 560);
    g.fillRect(920, 600, 160, 50);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
