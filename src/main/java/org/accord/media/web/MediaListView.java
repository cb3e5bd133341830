package org.accord.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.accord.account.InvalidInputException;
import org.accord.account.web.Forms;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.media.UploadRefusedException;
import org.accord.platform.Messages;
import org.accord.security.CurrentUser;

/** {@code /media}: the signed-in owner's images, and uploading a new one. */
@Named
@RequestScoped
public class MediaListView {

  @Inject private MediaLibrary library;
  @Inject private CurrentUser user;

  private String title;
  private Part file;
  private List<Media> mine;

  public List<Media> getMine() {
    if (mine == null) {
      mine = library.ownedBy(user.requireId());
    }
    return mine;
  }

  public long getMaxUploadMb() {
    return library.maxUploadBytes() / (1024 * 1024);
  }

  public String upload() {
    byte[] data;
    if (file == null || file.getSize() == 0) {
      data = new byte[0];
    } else if (file.getSize() > library.maxUploadBytes()) {
      Messages.add(
          "upload:file", FacesMessage.SEVERITY_ERROR, "media.upload.tooLarge", getMaxUploadMb());
      return null;
    } else {
      try (InputStream in = file.getInputStream()) {
        data = in.readAllBytes();
      } catch (IOException e) {
        Messages.add("upload:file", FacesMessage.SEVERITY_ERROR, "media.upload.broken");
        return null;
      }
    }
    Media media;
    try {
      media = library.upload(user.requireId(), title, data);
    } catch (InvalidInputException e) {
      Forms.show("upload", e);
      return null;
    } catch (UploadRefusedException e) {
      Messages.error("upload:file", e);
      return null;
    }
    Messages.info("media.uploaded", media.getTitle());
    return MediaPages.redirect("/media/" + media.getPublicId() + "/edit");
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
