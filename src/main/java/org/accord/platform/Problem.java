package org.accord.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details, the body of every API error. */
public final class Problem {

  public static final MediaType TYPE = MediaType.valueOf("application/problem+json");

  private Problem() {}

  public static Response of(int status, String type, String title, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:accord:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.putAll(extra);
    return Response.status(status).type(TYPE).entity(body).build();
  }

  /** A problem whose title is the bundle text for the key, in the caller's language. */
  public static Response translated(
      HttpHeaders headers, int status, String type, String key, Object... args) {
    return of(
        status,
        type,
        Messages.get(Messages.locale(headers.getAcceptableLanguages()), key, args),
        Map.of());
  }
}
