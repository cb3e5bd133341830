package org.accord.mailing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.mailing.Campaigns;
import org.accord.platform.web.NotFound;

/** {@code /admin/campaigns/view?id=…}: one campaign's progress and per-recipient results. */
@Named
@RequestScoped
public class CampaignView {

  static final int SHOWN = 500;

  @Inject private Campaigns campaigns;

  private String id;
  private Campaigns.Progress progress;

  public void load() {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      NotFound.send();
      return;
    }
    progress = campaigns.progress(Long.parseLong(id)).orElse(null);
    if (progress == null) {
      NotFound.send();
    }
  }

  public Campaigns.Progress getProgress() {
    return progress;
  }

  public List<Campaigns.RecipientResult> getRecipients() {
    return campaigns.recipients(progress.campaign().getId(), SHOWN);
  }

  public int getShown() {
    return SHOWN;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
