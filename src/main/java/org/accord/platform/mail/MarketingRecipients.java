package org.accord.platform.mail;

/**
 * Decides, at the moment of delivery, whether a marketing message may still go to its recipient
 * (the person may have unsubscribed since it was queued). Implemented by the marketing feature.
 */
public interface MarketingRecipients {

  boolean mayReceive(MailMessage message);
}
