package org.accord.media.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Navigation to the media addresses, which are not view ids (see {@link MediaRoutes}). */
final class MediaPages {

  private MediaPages() {}

  /** Redirects to an application path, keeping page messages; answers null (stay) for Faces. */
  static String redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
    return null;
  }
}
