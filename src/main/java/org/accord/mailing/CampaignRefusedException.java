package org.accord.mailing;

import org.accord.platform.AccordException;

/** A campaign that cannot be created as asked (bad subject or text, unknown category, ...). */
public class CampaignRefusedException extends AccordException {

  private static final long serialVersionUID = 1L;

  public CampaignRefusedException(String reasonKey, Object... args) {
    super(reasonKey, args);
  }
}
