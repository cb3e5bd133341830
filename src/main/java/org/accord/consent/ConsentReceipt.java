package org.accord.consent;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Kantara Initiative Consent Receipt (v1.1) for one consent event, as a JSON-ready map. The
 * receipt id is derived from the event's hash, so the same event always gets the same receipt.
 */
public final class ConsentReceipt {

  public static final String VERSION = "KI-CR-v1.1.0";

  /** Who the controller is, as the receipt names it. */
  public record Controller(
      String name, String contact, String address, String email, String phone, String url) {}

  private ConsentReceipt() {}

  public static String receiptId(ConsentEvent event) {
    return UUID.nameUUIDFromBytes(event.getHash().getBytes(StandardCharsets.US_ASCII)).toString();
  }

  /**
   * @param principal how the person is identified to themself (their e-mail address)
   * @param policyUrl where the text they decided on can be read
   */
  public static Map<String, Object> of(
      ConsentEvent event,
      String principal,
      Controller controller,
      String jurisdiction,
      String policyUrl) {
    Map<String, Object> receipt = new LinkedHashMap<>();
    receipt.put("version", VERSION);
    receipt.put("jurisdiction", jurisdiction);
    receipt.put("consentTimestamp", event.getOccurredAt().getEpochSecond());
    receipt.put("collectionMethod", collectionMethod(event.getMethod()));
    receipt.put("consentReceiptID", receiptId(event));
    receipt.put("publicKey", null);
    receipt.put("language", event.getLanguage() == null ? "en" : event.getLanguage());
    receipt.put("piiPrincipalId", principal);
    receipt.put("piiControllers", List.of(controller(controller)));
    receipt.put("policyUrl", policyUrl);
    receipt.put("services", List.of(service(event)));
    receipt.put("sensitive", false);
    receipt.put("spiCat", List.of());
    receipt.put("accord", accordExtension(event));
    return receipt;
  }

  private static Map<String, Object> controller(Controller c) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("piiController", c.name());
    map.put("onBehalf", false);
    map.put("contact", c.contact());
    map.put("address", c.address());
    map.put("email", c.email());
    map.put("phone", c.phone());
    map.put("piiControllerUrl", c.url());
    return map;
  }

  private static Map<String, Object> service(ConsentEvent event) {
    Map<String, Object> purpose = new LinkedHashMap<>();
    purpose.put("purpose", purposeText(event.getPurpose()));
    purpose.put("purposeCategory", List.of(purposeCategory(event.getPurpose())));
    purpose.put("consentType", "EXPLICIT");
    purpose.put("piiCategory", piiCategories(event.getPurpose()));
    purpose.put("primaryPurpose", event.getPurpose() == Purpose.TERMS);
    purpose.put(
        "termination",
        "Withdraw at any time in account settings; ends when the account is deleted.");
    purpose.put("thirdPartyDisclosure", event.getPurpose() == Purpose.EMBED_PROVIDER);
    purpose.put(
        "thirdPartyName", event.getPurpose() == Purpose.EMBED_PROVIDER ? event.getDetail() : null);
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("service", "Accord");
    service.put("purposes", List.of(purpose));
    return service;
  }

  /** What the ledger adds for proof: the decision, the version, the text hash, the event hash. */
  private static Map<String, Object> accordExtension(ConsentEvent event) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("eventId", event.getId());
    map.put("decision", event.getDecision().name());
    map.put("purposeCode", event.getPurpose().name());
    map.put("documentVersionId", event.getDocumentVersionId());
    map.put("textSha256", event.getTextHash());
    map.put("eventHash", event.getHash());
    map.put("previousEventHash", event.getPreviousHash());
    map.put("actor", event.getActor());
    return map;
  }

  static String collectionMethod(Method method) {
    return switch (method) {
      case SIGNUP_FORM -> "Sign-up form";
      case REVIEW_PAGE -> "Policy review page";
      case SETTINGS -> "Account settings";
      case PARENT_LINK -> "Parent or guardian consent link";
      case API -> "API";
      case EMBED_VIEWER -> "Embedded content consent screen";
      case ONE_CLICK_UNSUBSCRIBE -> "One-click unsubscribe";
    };
  }

  static String purposeText(Purpose purpose) {
    return switch (purpose) {
      case TERMS -> "Acceptance of the Terms of Service";
      case PRIVACY_POLICY -> "Acknowledgement of the Privacy Policy";
      case STAFF_GUIDELINES -> "Acknowledgement of the staff data-handling guidelines";
      case MARKETING_NEWSLETTER -> "Monthly newsletter by e-mail";
      case MARKETING_PRODUCT_UPDATES -> "Product updates by e-mail";
      case EMBED_PROVIDER -> "Loading embedded third-party content";
      case EMBED_NOTICE_WAIVER ->
          "Media owner's confirmation that their own site asks visitors for consent to embeds";
      case PARENTAL -> "Parental consent for a child's account";
    };
  }

  static String purposeCategory(Purpose purpose) {
    return switch (purpose) {
      case TERMS, PRIVACY_POLICY, STAFF_GUIDELINES, PARENTAL, EMBED_NOTICE_WAIVER ->
          "Core Function";
      case MARKETING_NEWSLETTER, MARKETING_PRODUCT_UPDATES -> "Marketing";
      case EMBED_PROVIDER -> "Third Party Sharing";
    };
  }

  static List<String> piiCategories(Purpose purpose) {
    return switch (purpose) {
      case TERMS, PRIVACY_POLICY, STAFF_GUIDELINES -> List.of("Contact", "Demographic");
      case EMBED_NOTICE_WAIVER -> List.of("Contact");
      case PARENTAL -> List.of("Contact", "Demographic", "Family");
      case MARKETING_NEWSLETTER, MARKETING_PRODUCT_UPDATES -> List.of("Contact");
      case EMBED_PROVIDER -> List.of("Online identifiers", "Device");
    };
  }
}
