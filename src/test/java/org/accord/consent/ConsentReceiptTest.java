package org.accord.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accord.platform.Hashes;
import org.junit.jupiter.api.Test;

class ConsentReceiptTest {

  private static final ConsentReceipt.Controller CONTROLLER =
      new ConsentReceipt.Controller(
          "Accord Media Oy",
          "Data protection officer",
          "Mannerheimintie 1, 00100 Helsinki",
          "dpo@accord.example",
          "+358 9 000 000",
          "https://accord.example");

  private final ConsentEvent event =
      new ChainHead("s-1")
          .append(
              new ConsentRequest(
                  "s-1",
                  Purpose.TERMS,
                  Decision.GIVEN,
                  7L,
                  Hashes.sha256("text"),
                  "fi",
                  Method.REVIEW_PAGE,
                  "203.0.113.9",
                  "UA",
                  null,
                  null,
                  null),
              Instant.parse("2026-12-04T12:00:00Z"));

  @SuppressWarnings("unchecked")
  @Test
  void carriesEveryKantaraField() {
    Map<String, Object> receipt =
        ConsentReceipt.of(
            event, "maija@example.fi", CONTROLLER, "FI", "https://a/legal/terms?version=2");

    assertThat(receipt)
        .containsEntry("version", "KI-CR-v1.1.0")
        .containsEntry("jurisdiction", "FI")
        .containsEntry("consentTimestamp", 1796385600L)
        .containsEntry("collectionMethod", "Policy review page")
        .containsEntry("language", "fi")
        .containsEntry("piiPrincipalId", "maija@example.fi")
        .containsEntry("policyUrl", "https://a/legal/terms?version=2")
        .containsEntry("sensitive", false)
        .containsEntry("spiCat", List.of())
        .containsKeys("consentReceiptID", "piiControllers", "services");
    Map<String, Object> controller =
        ((List<Map<String, Object>>) receipt.get("piiControllers")).get(0);
    assertThat(controller)
        .containsEntry("piiController", "Accord Media Oy")
        .containsKeys("contact", "address", "email", "phone");
    Map<String, Object> service = ((List<Map<String, Object>>) receipt.get("services")).get(0);
    Map<String, Object> purpose = ((List<Map<String, Object>>) service.get("purposes")).get(0);
    assertThat(purpose)
        .containsKeys(
            "purpose",
            "purposeCategory",
            "consentType",
            "piiCategory",
            "primaryPurpose",
            "termination",
            "thirdPartyDisclosure",
            "thirdPartyName")
        .containsEntry("consentType", "EXPLICIT")
        .containsEntry("primaryPurpose", true)
        .containsEntry("thirdPartyDisclosure", false);
    assertThat((Map<String, Object>) receipt.get("accord"))
        .containsEntry("textSha256", Hashes.sha256("text"))
        .containsEntry("eventHash", event.getHash())
        .containsEntry("decision", "GIVEN");
  }

  @Test
  void theSameEventAlwaysGetsTheSameReceiptId() {
    assertThat(ConsentReceipt.receiptId(event))
        .isEqualTo(ConsentReceipt.receiptId(event))
        .hasSize(36);
  }

  @Test
  void describesEveryPurposeAndMethod() {
    for (Purpose p : Purpose.values()) {
      assertThat(ConsentReceipt.purposeText(p)).isNotBlank();
      assertThat(ConsentReceipt.purposeCategory(p)).isNotBlank();
      assertThat(ConsentReceipt.piiCategories(p)).isNotEmpty();
    }
    for (Method m : Method.values()) {
      assertThat(ConsentReceipt.collectionMethod(m)).isNotBlank();
    }
  }
}
