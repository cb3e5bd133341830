package org.accord.policy;

import org.accord.platform.AccordException;

/** No such document version (published, or offered in legal/). */
public class PolicyNotFoundException extends AccordException {

  private static final long serialVersionUID = 1L;

  public PolicyNotFoundException(DocumentKind kind, int version) {
    super("policy.notFound", kind.name(), version);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
