package org.accord.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test process on the port the server under test was told to
 * use ({@code it.smtp.port}). Started once, before the server, for the whole run.
 */
public final class TestMail {

  private static GreenMail server;

  private TestMail() {}

  static synchronized void start() {
    if (server == null) {
      int port = Integer.getInteger("it.smtp.port", 3025);
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Every message received so far for a recipient. */
  public static List<MimeMessage> to(String recipient) {
    start();
    return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
  }

  /** Waits for the n-th (1-based) message to a recipient and returns it. */
  public static MimeMessage await(String recipient, int n, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> messages = to(recipient);
      if (messages.size() >= n) {
        return messages.get(n - 1);
      }
      sleep();
    }
    throw new AssertionError("no message #" + n + " to " + recipient + " within " + timeout);
  }

  public static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link in a message body that contains the given path. */
  public static String link(MimeMessage message, String path) {
    Matcher m =
        Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(body(message));
    return Optional.of(m)
        .filter(Matcher::find)
        .map(Matcher::group)
        .orElseThrow(() -> new AssertionError("no link to " + path + " in " + body(message)));
  }

  private static boolean isFor(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
