package org.accord.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.platform.mail.MailMessage;
import org.accord.platform.mail.Outbox;
import org.accord.platform.mail.SmtpSettings;

/** {@code /admin/outbox}: every queued mail, newest first, with its delivery state. */
@Named
@RequestScoped
public class OutboxView {

  static final int PAGE = 200;

  @Inject private Outbox outbox;
  @Inject private SmtpSettings smtp;

  private List<MailMessage> messages;

  public List<MailMessage> getMessages() {
    if (messages == null) {
      messages = outbox.latest(PAGE);
    }
    return messages;
  }

  public boolean isSmtpConfigured() {
    return smtp.isConfigured();
  }
}
