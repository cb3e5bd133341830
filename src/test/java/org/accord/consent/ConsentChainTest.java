package org.accord.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accord.consent.VerificationReport.Problem;
import org.accord.platform.Hashes;
import org.junit.jupiter.api.Test;

class ConsentChainTest {

  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00.123456Z");
  private static final String TEXT = Hashes.sha256("Terms of Service, version 2");

  private static ConsentRequest request(String subject, Decision decision) {
    return new ConsentRequest(
        subject,
        Purpose.TERMS,
        decision,
        7L,
        TEXT,
        "en",
        Method.REVIEW_PAGE,
        "203.0.113.77",
        "Mozilla/5.0",
        null,
        null,
        null);
  }

  private static List<ConsentEvent> chain(ChainHead head, int n) {
    List<ConsentEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(
          head.append(
              request("s-1", i % 2 == 0 ? Decision.GIVEN : Decision.WITHDRAWN), T0.plusSeconds(i)));
    }
    return events;
  }

  @Test
  void eventsLinkToTheirPredecessorsFromGenesis() {
    ChainHead head = new ChainHead("s-1");
    List<ConsentEvent> events = chain(head, 3);

    assertThat(events.get(0).getPreviousHash()).isEqualTo(Hashes.GENESIS);
    assertThat(events.get(1).getPreviousHash()).isEqualTo(events.get(0).getHash());
    assertThat(events.get(2).getSequence()).isEqualTo(3);
    assertThat(head.getLastHash()).isEqualTo(events.get(2).getHash());
    assertThat(LedgerVerification.firstBreak(head, events)).isEmpty();
  }

  @Test
  void storesTimeToTheMillisecondAndTruncatedAddresses() {
    ConsentEvent event = new ChainHead("s-1").append(request("s-1", Decision.GIVEN), T0);
    assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-12-04T12:00:00.123Z"));
    assertThat(event.getIpTruncated()).isEqualTo("203.0.113.0");
    assertThat(event.getTextHash()).isEqualTo(TEXT);
  }

  @Test
  void aChangedFieldIsDetected() throws Exception {
    ChainHead head = new ChainHead("s-1");
    List<ConsentEvent> events = chain(head, 3);
    set(events.get(1), "decision", Decision.GIVEN);

    assertThat(events.get(1).isIntact()).isFalse();
    assertThat(LedgerVerification.firstBreak(head, events))
        .hasValueSatisfying(
            b -> {
              assertThat(b.sequence()).isEqualTo(2);
              assertThat(b.problem()).isEqualTo(Problem.EVENT_CHANGED);
            });
  }

  @Test
  void aRemovedEventIsDetected() {
    ChainHead head = new ChainHead("s-1");
    List<ConsentEvent> events = chain(head, 3);
    events.remove(1);
    assertThat(LedgerVerification.firstBreak(head, events))
        .hasValueSatisfying(b -> assertThat(b.problem()).isEqualTo(Problem.EVENT_MISSING));

    List<ConsentEvent> truncated = chain(head = new ChainHead("s-1"), 3);
    truncated.remove(2);
    assertThat(LedgerVerification.firstBreak(head, truncated))
        .hasValueSatisfying(b -> assertThat(b.problem()).isEqualTo(Problem.EVENT_MISSING));
  }

  @Test
  void aRehashedButRelinkedEventIsDetectedByTheNextLink() throws Exception {
    ChainHead head = new ChainHead("s-1");
    List<ConsentEvent> events = chain(head, 3);
    set(events.get(0), "decision", Decision.REFUSED);
    set(events.get(0), "hash", events.get(0).computeHash());

    assertThat(LedgerVerification.firstBreak(head, events))
        .hasValueSatisfying(
            b -> {
              assertThat(b.sequence()).isEqualTo(2);
              assertThat(b.problem()).isEqualTo(Problem.LINK_BROKEN);
            });
  }

  @Test
  void theCanonicalFormIsUnambiguous() {
    String a = new Canonical().field("a", "x;b:1:y").field("b", null).toString();
    String b = new Canonical().field("a", "x").field("b", "y").toString();
    assertThat(a).isNotEqualTo(b);
    assertThat(new Canonical().field("a", "").toString())
        .isNotEqualTo(new Canonical().field("a", null).toString());
  }

  @Test
  void truncatesAddresses() {
    assertThat(ClientAddress.truncate("192.168.10.200")).isEqualTo("192.168.10.0");
    assertThat(ClientAddress.truncate("2001:db8:abcd:12:1:2:3:4"))
        .isEqualTo("2001:db8:abcd:0:0:0:0:0");
    assertThat(ClientAddress.truncate("not an address")).isNull();
    assertThat(ClientAddress.truncate("example.com")).isNull();
    assertThat(ClientAddress.truncate(null)).isNull();
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
