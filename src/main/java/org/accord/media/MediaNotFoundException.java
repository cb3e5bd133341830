package org.accord.media;

import org.accord.platform.AccordException;

/** No such image, or not one of the caller's own. */
public class MediaNotFoundException extends AccordException {

  private static final long serialVersionUID = 1L;

  MediaNotFoundException() {
    super("media.notFound");
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
