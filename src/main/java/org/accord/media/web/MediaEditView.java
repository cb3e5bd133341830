package org.accord.media.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.accord.account.InvalidInputException;
import org.accord.account.web.Forms;
import org.accord.embed.EmbedLinkException;
import org.accord.embed.EmbedProvider;
import org.accord.embed.EmbedProviders;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.media.MediaNotFoundException;
import org.accord.media.MediaTag;
import org.accord.platform.Html;
import org.accord.platform.Links;
import org.accord.platform.Messages;
import org.accord.platform.web.NotFound;
import org.accord.security.CurrentUser;

/** {@code /media/{id}/edit}: the owner's title, tags and embed snippet of one image. */
@Named
@ViewScoped
public class MediaEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MediaLibrary library;
  @Inject private transient EmbedProviders providers;
  @Inject private transient CurrentUser user;
  @Inject private transient Links links;

  private String id;
  private String title;
  private BigDecimal x;
  private BigDecimal y;
  private String label;
  private String link;
  private boolean confirmDelete;
  private transient Media media;
  private transient List<MediaTag> tags;

  /** Loads the image (view action): someone else's or an unknown one answers 404. */
  public void load() {
    try {
      media = library.owned(id, user.requireId());
      if (title == null) {
        title = media.getTitle();
      }
    } catch (MediaNotFoundException e) {
      NotFound.send();
    }
  }

  public Media getMedia() {
    if (media == null) {
      media = library.owned(id, user.requireId());
    }
    return media;
  }

  public List<MediaTag> getTags() {
    if (tags == null) {
      tags = library.tags(getMedia().getId());
    }
    return tags;
  }

  /** The name of a tag's provider as the register knows it now (it may have been removed). */
  public String providerName(MediaTag tag) {
    return Optional.ofNullable(tag.getProvider())
        .flatMap(providers::find)
        .map(EmbedProvider::name)
        .orElseGet(() -> Messages.get("media.tag.providerGone"));
  }

  public List<EmbedProvider> getProviders() {
    return providers.all();
  }

  /** The HTML an owner copies to embed the image on their own site. */
  public String getSnippet() {
    Media m = getMedia();
    return "<iframe src=\""
        + links.absolute("/embed/" + m.getPublicId())
        + "\" width=\"640\" height=\""
        + Math.max(1, Math.round(640.0 * m.getHeight() / m.getWidth()))
        + "\" title=\""
        + Html.escape(m.getTitle())
        + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
  }

  public String rename() {
    try {
      library.rename(id, user.requireId(), title);
    } catch (InvalidInputException e) {
      Forms.show("details", e);
      return null;
    }
    Messages.info("media.saved");
    return MediaPages.redirect("/media/" + id + "/edit");
  }

  public String addTag() {
    try {
      library.addTag(id, user.requireId(), x, y, label, link);
    } catch (InvalidInputException e) {
      Forms.show("tag", e);
      return null;
    } catch (EmbedLinkException e) {
      Messages.error("tag:link", e);
      return null;
    }
    Messages.info("media.tag.added");
    return MediaPages.redirect("/media/" + id + "/edit");
  }

  public String removeTag(long tagId) {
    library.removeTag(id, user.requireId(), tagId);
    Messages.info("media.tag.removed");
    return MediaPages.redirect("/media/" + id + "/edit");
  }

  public String delete() {
    if (!confirmDelete) {
      Messages.add("delete:confirm", FacesMessage.SEVERITY_ERROR, "media.delete.confirm.required");
      return null;
    }
    String deleted = getMedia().getTitle();
    library.delete(id, user.requireId());
    Messages.info("media.deleted", deleted);
    return MediaPages.redirect("/media");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BigDecimal getX() {
    return x;
  }

  public void setX(BigDecimal x) {
    this.x = x;
  }

  public BigDecimal getY() {
    return y;
  }

  public void setY(BigDecimal y) {
    this.y = y;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public boolean isConfirmDelete() {
    return confirmDelete;
  }

  public void setConfirmDelete(boolean confirmDelete) {
    this.confirmDelete = confirmDelete;
  }
}
