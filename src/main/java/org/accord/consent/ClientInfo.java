package org.accord.consent;

/** Where a decision came from: the client's address (truncated when stored) and user agent. */
public record ClientInfo(String ipAddress, String userAgent) {

  public static final ClientInfo UNKNOWN = new ClientInfo(null, null);
}
