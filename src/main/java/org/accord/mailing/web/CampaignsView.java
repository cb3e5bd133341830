package org.accord.mailing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.mailing.Campaign;
import org.accord.mailing.Campaigns;
import org.accord.marketing.MarketingCategory;
import org.accord.marketing.MarketingPreferences;
import org.accord.platform.AccordException;
import org.accord.platform.Messages;
import org.accord.platform.web.LanguageView;
import org.accord.security.CurrentUser;

/**
 * {@code /admin/campaigns}: compose a newsletter for a marketing category (sent in the background,
 * only to those opted in), and every campaign with its progress.
 */
@Named
@RequestScoped
public class CampaignsView {

  @Inject private Campaigns campaigns;
  @Inject private MarketingPreferences marketing;
  @Inject private LanguageView language;
  @Inject private CurrentUser user;

  private String code;
  private String subject;
  private String body;
  private boolean confirmed;

  public List<Campaigns.Progress> getLatest() {
    return campaigns.latest(50);
  }

  public List<MarketingCategory> getCategories() {
    return marketing.categories(language.getLanguage());
  }

  public String send() {
    if (!confirmed) {
      Messages.add(null, FacesMessage.SEVERITY_ERROR, "admin.campaigns.confirmRequired");
      return null;
    }
    Campaign campaign;
    try {
      campaign = campaigns.newsletter(code, subject, body, user.id().orElse(null));
    } catch (AccordException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info("admin.campaigns.started", campaign.getTotal());
    return "/admin/campaigns/view?faces-redirect=true&id=" + campaign.getId();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
