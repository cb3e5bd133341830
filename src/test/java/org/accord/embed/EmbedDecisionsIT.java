package org.accord.embed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.accord.account.Account;
import org.accord.consent.ClientInfo;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.Decision;
import org.accord.consent.Method;
import org.accord.consent.Purpose;
import org.accord.testing.ShiftableClock;
import org.accord.testing.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Embed decisions: kept per provider until they expire, each one a consent event. */
@ExtendWith(ArquillianExtension.class)
class EmbedDecisionsIT {

  @Inject EmbedDecisions decisions;
  @Inject EmbedProviders providers;
  @Inject ConsentLedger ledger;
  @Inject TestAccounts accounts;

  @Test
  void everyDecisionIsAConsentEventNamingTheDomainsShown() {
    Account account = accounts.verified(TestAccounts.email());
    EmbedDecisions.Viewer viewer = new EmbedDecisions.Viewer(account.getId(), null);
    EmbedProvider youtube = providers.find("youtube").orElseThrow();
    EmbedProvider vimeo = providers.find("vimeo").orElseThrow();

    decisions.decide(viewer, List.of(youtube, vimeo), true, "en", ClientInfo.UNKNOWN);
    assertThat(decisions.current(viewer))
        .containsEntry("youtube", Decision.GIVEN)
        .containsEntry("vimeo", Decision.GIVEN);
    decisions.decide(viewer, List.of(youtube), false, "en", ClientInfo.UNKNOWN);
    assertThat(decisions.current(viewer))
        .containsEntry("youtube", Decision.WITHDRAWN)
        .containsEntry("vimeo", Decision.GIVEN);

    List<ConsentEvent> events =
        ledger.history(account.getConsentSubject()).stream()
            .filter(e -> e.getPurpose() == Purpose.EMBED_PROVIDER)
            .toList();
    assertThat(events)
        .extracting(ConsentEvent::getDecision)
        .containsExactly(Decision.GIVEN, Decision.GIVEN, Decision.WITHDRAWN);
    assertThat(events).allSatisfy(e -> assertThat(e.getMethod()).isEqualTo(Method.EMBED_VIEWER));
    ConsentEvent first = events.get(0);
    assertThat(first.getDetail()).startsWith("provider=youtube; domains=");
    youtube.domains().forEach(d -> assertThat(first.getDetail()).contains(d));
    assertThat(first.getTextHash())
        .isEqualTo(org.accord.platform.Hashes.sha256(EmbedDecisions.shownText(youtube)));
  }

  @Test
  void anAnonymousViewersDecisionExpiresOnTheServer() {
    EmbedDecisions.Viewer anonymous = new EmbedDecisions.Viewer(null, "x".repeat(43));
    EmbedProvider spotify = providers.find("spotify").orElseThrow();
    assertThat(decisions.current(anonymous)).isEmpty();
    decisions.decide(anonymous, List.of(spotify), true, "fi", ClientInfo.UNKNOWN);
    decisions.decide(anonymous, List.of(spotify), false, "fi", ClientInfo.UNKNOWN);
    decisions.decide(anonymous, List.of(spotify), true, "fi", ClientInfo.UNKNOWN);
    assertThat(decisions.current(anonymous)).containsEntry("spotify", Decision.GIVEN);
    assertThat(decisions.current(new EmbedDecisions.Viewer(null, null))).isEmpty();

    ShiftableClock.INSTANCE.advance(decisions.validity().plus(Duration.ofMinutes(1)));
    assertThat(decisions.current(anonymous)).isEmpty();
  }
}
