package org.accord.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP server settings from MicroProfile Config; without a host, mail stays in the outbox. */
@ApplicationScoped
public class SmtpSettings {

  @Inject
  @ConfigProperty(name = "accord.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "accord.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "accord.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "accord.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "accord.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "accord.mail.from", defaultValue = "Accord <no-reply@accord.invalid>")
  String from;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String from() {
    return from;
  }

  Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  Optional<String> password() {
    return password;
  }

  Properties sessionProperties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host.orElseThrow());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
    p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    p.put("mail.smtp.starttls.required", String.valueOf(startTls));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.writetimeout", "10000");
    return p;
  }
}
