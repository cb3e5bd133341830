package org.accord.media.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accord.account.AccountService;
import org.accord.account.InvalidInputException;
import org.accord.account.Plan;
import org.accord.account.web.Forms;
import org.accord.embed.EmbedProvider;
import org.accord.embed.EmbedProviders;
import org.accord.media.MediaSettings;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.platform.web.LanguageView;
import org.accord.security.CurrentUser;

/**
 * {@code /account/media-settings}: Advanced Media Settings (C6). PRO and PREMIUM owners can switch
 * the embed notice off for their images framed by their own sites; FREE owners see why they cannot.
 */
@Named
@RequestScoped
public class MediaSettingsView {

  @Inject private MediaSettings settings;
  @Inject private AccountService accounts;
  @Inject private EmbedProviders providers;
  @Inject private CurrentUser user;
  @Inject private Clients clients;
  @Inject private LanguageView language;

  private MediaSettings.Settings current;
  private Plan plan;
  private boolean noticeOff;
  private String origins;
  private boolean confirm;

  @PostConstruct
  void load() {
    long id = user.requireId();
    current = settings.of(id);
    plan = accounts.get(id).getPlan();
    noticeOff = current.noticeOff();
    origins = String.join("\n", current.origins());
  }

  /** The text the owner confirms; its hash is recorded with the switch. */
  public String getConfirmationText() {
    return Messages.get(
        language.getLocale(),
        "mediaSettings.confirm.text",
        String.join(", ", providers.all().stream().map(EmbedProvider::name).toList()));
  }

  public String save() {
    try {
      settings.change(
          user.requireId(),
          noticeOff,
          origins,
          confirm,
          getConfirmationText(),
          language.getLanguage(),
          clients.current());
    } catch (InvalidInputException e) {
      Forms.show("settings", e);
      return null;
    } catch (MediaSettings.PlanRequiredException e) {
      Messages.error(null, e);
      return null;
    }
    Messages.keepForRedirect();
    Messages.info(noticeOff ? "mediaSettings.saved.off" : "mediaSettings.saved.on");
    return "/account/media-settings?faces-redirect=true";
  }

  public boolean isAllowed() {
    return plan.allowsAdvancedMediaSettings();
  }

  public Plan getPlan() {
    return plan;
  }

  public MediaSettings.Settings getCurrent() {
    return current;
  }

  public boolean isNoticeOff() {
    return noticeOff;
  }

  public void setNoticeOff(boolean noticeOff) {
    this.noticeOff = noticeOff;
  }

  public String getOrigins() {
    return origins;
  }

  public void setOrigins(String origins) {
    this.origins = origins;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }
}
