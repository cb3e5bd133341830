package org.accord.marketing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.accord.consent.ClientInfo;
import org.accord.consent.Method;

/** Unsubscribing through the signed link of a marketing mail (RFC 8058), without sign-in. */
@ApplicationScoped
@Transactional
public class Unsubscribe {

  /** What an unsubscribe link is about, for its confirmation page. */
  public record Link(MarketingCategory category, boolean optedIn) {}

  @Inject private UnsubscribeTokens tokens;
  @Inject private MarketingMail mail;
  @Inject private MarketingPreferences preferences;

  /** The person and category of a valid link, in the person's language. */
  public Optional<Link> describe(String token) {
    return tokens
        .verify(token)
        .flatMap(
            target ->
                mail.recipient(target.accountId())
                    .flatMap(
                        r ->
                            preferences
                                .category(target.code(), r.language().getLanguage())
                                .map(
                                    c ->
                                        new Link(
                                            c,
                                            preferences.isOptedIn(r.subject(), target.code())))));
  }

  /**
   * Opts the person out of the link's category, recorded as a consent event (once: a repeated POST
   * records nothing new). Answers whether the link was valid.
   */
  public boolean withToken(String token, ClientInfo client) {
    Optional<UnsubscribeTokens.Target> target = tokens.verify(token);
    if (target.isEmpty()) {
      return false;
    }
    Optional<MarketingMail.Recipient> recipient = mail.recipient(target.get().accountId());
    if (recipient.isEmpty()) {
      return true;
    }
    Optional<MarketingCategory> category =
        preferences.category(target.get().code(), recipient.get().language().getLanguage());
    if (category.isEmpty()) {
      return true;
    }
    preferences.choose(
        recipient.get().subject(),
        category.get().code(),
        false,
        category.get().language(),
        Method.ONE_CLICK_UNSUBSCRIBE,
        client,
        null);
    return true;
  }
}
