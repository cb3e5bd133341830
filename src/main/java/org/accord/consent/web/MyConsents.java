package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentLedger;
import org.accord.consent.ConsentReceipt;
import org.accord.consent.Purpose;
import org.accord.platform.Links;
import org.accord.policy.DocumentKind;
import org.accord.policy.PolicyAcceptance;
import org.accord.policy.PolicyVersion;
import org.accord.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The signed-in user's consent events and their receipts; nobody else's. */
@RequestScoped
public class MyConsents {

  @Inject private CurrentUser user;
  @Inject private AccountService accounts;
  @Inject private ConsentLedger ledger;
  @Inject private PolicyAcceptance acceptance;
  @Inject private Links links;

  @Inject
  @ConfigProperty(name = "accord.controller.name", defaultValue = "Accord Media Oy")
  String controllerName;

  @Inject
  @ConfigProperty(
      name = "accord.controller.address",
      defaultValue = "Mannerheimintie 1, 00100 Helsinki, Finland")
  String controllerAddress;

  @Inject
  @ConfigProperty(name = "accord.controller.email", defaultValue = "dpo@accord.example")
  String controllerEmail;

  @Inject
  @ConfigProperty(name = "accord.controller.phone", defaultValue = "+358 9 000 0000")
  String controllerPhone;

  @Inject
  @ConfigProperty(name = "accord.controller.jurisdiction", defaultValue = "FI")
  String jurisdiction;

  public Optional<Account> account() {
    return user.id().flatMap(accounts::find);
  }

  /** Newest first. */
  public List<ConsentEvent> events() {
    List<ConsentEvent> events =
        new ArrayList<>(
            account().map(a -> ledger.history(a.getConsentSubject())).orElse(List.of()));
    Collections.reverse(events);
    return events;
  }

  public Optional<ConsentEvent> event(long id) {
    return account().flatMap(a -> ledger.find(a.getConsentSubject(), id));
  }

  public Map<String, Object> receipt(ConsentEvent event) {
    Account account = account().orElseThrow();
    return ConsentReceipt.of(
        event,
        account.getEmail(),
        new ConsentReceipt.Controller(
            controllerName,
            "Data protection officer",
            controllerAddress,
            controllerEmail,
            controllerPhone,
            links.absolute("/")),
        jurisdiction,
        policyUrl(event));
  }

  /** Where the text decided on can be read: that exact version when there is one. */
  public String policyUrl(ConsentEvent event) {
    Optional<PolicyVersion> version = acceptance.findVersion(event.getDocumentVersionId());
    if (version.isPresent()) {
      return links.absolute(
          "/legal/" + version.get().getKind().slug() + "?version=" + version.get().getVersion());
    }
    DocumentKind kind =
        event.getPurpose() == Purpose.TERMS
            ? DocumentKind.TERMS_OF_SERVICE
            : DocumentKind.PRIVACY_POLICY;
    return links.absolute("/legal/" + kind.slug());
  }
}
