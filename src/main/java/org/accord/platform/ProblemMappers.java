package org.accord.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure on the API into a problem JSON; never a stack trace. */
public final class ProblemMappers {

  private ProblemMappers() {}

  static Locale locale(HttpHeaders headers) {
    return Messages.locale(headers == null ? List.of() : headers.getAcceptableLanguages());
  }

  /** A request body that is not the JSON it should be (JSON-B or the JSON parser refused it). */
  static boolean isUnreadableBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonException
          || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }

  /** Business failures: their own status and translated message. */
  @Provider
  public static class Business implements ExceptionMapper<AccordException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(AccordException e) {
      return Problem.of(
          e.httpStatus(),
          e.messageKey(),
          Messages.get(locale(headers), e.messageKey(), e.arguments()),
          Map.of());
    }
  }

  /** Requests the API cannot understand (bad JSON, wrong method, unknown path...). */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return Problem.of(
          status,
          "http-" + status,
          Messages.get(locale(headers), "api.http." + (status >= 500 ? 500 : status)),
          Map.of());
    }
  }

  /** Anything else: logged, answered with a plain 500. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      if (isUnreadableBody(e)) {
        return Problem.of(400, "http-400", Messages.get(locale(headers), "api.http.400"), Map.of());
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return Problem.of(500, "internal", Messages.get(locale(headers), "api.http.500"), Map.of());
    }
  }
}
