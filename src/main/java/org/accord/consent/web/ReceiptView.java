package org.accord.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.accord.consent.ConsentEvent;
import org.accord.consent.ConsentReceipt;
import org.accord.platform.web.NotFound;

/** {@code /account/receipt?id=…}: a printable consent receipt for one of the user's events. */
@Named
@RequestScoped
public class ReceiptView {

  @Inject private MyConsents consents;

  private String id;
  private ConsentEvent event;
  private Map<String, Object> receipt;

  public void load() {
    event =
        id != null && id.matches("[0-9]{1,18}")
            ? consents.event(Long.parseLong(id)).orElse(null)
            : null;
    if (event == null) {
      NotFound.send();
      return;
    }
    receipt = consents.receipt(event);
  }

  public ConsentEvent getEvent() {
    return event;
  }

  public Map<String, Object> getReceipt() {
    return receipt;
  }

  public String getReceiptId() {
    return event == null ? "" : ConsentReceipt.receiptId(event);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
