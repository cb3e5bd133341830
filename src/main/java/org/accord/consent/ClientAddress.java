package org.accord.consent;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Truncates client IP addresses before they are stored: IPv4 to its /24, IPv6 to its /48 — enough
 * to tell roughly where a decision came from, not who made it.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String truncate(String address) {
    if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
      int keep = bytes.length == 4 ? 3 : 6;
      for (int i = keep; i < bytes.length; i++) {
        bytes[i] = 0;
      }
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
