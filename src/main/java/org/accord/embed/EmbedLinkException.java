package org.accord.embed;

import org.accord.platform.AccordException;

/** A link that cannot be embedded (not HTTPS, a script or data URL, no known provider). */
public class EmbedLinkException extends AccordException {

  private static final long serialVersionUID = 1L;

  EmbedLinkException(String key, Object... arguments) {
    super(key, arguments);
  }
}
