package org.accord.media;

import org.accord.platform.AccordException;

/** An upload that is not a PNG, JPEG or WebP image Accord can store; nothing was stored. */
public class UploadRefusedException extends AccordException {

  private static final long serialVersionUID = 1L;

  UploadRefusedException(String key, Object... arguments) {
    super(key, arguments);
  }
}
