package org.accord.marketing.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accord.consent.ClientInfo;
import org.accord.marketing.Unsubscribe;
import org.accord.platform.Messages;

/**
 * {@code POST /unsubscribe?token=…}: RFC 8058 one-click unsubscribe. A mail client posts {@code
 * List-Unsubscribe=One-Click} and gets a short answer; the confirmation page posts its own form and
 * is sent back to the page. No sign-in: the signed token names the person and the category. A GET
 * goes on to the confirmation page, which changes nothing (mail scanners open links).
 */
@WebFilter(filterName = "unsubscribe", urlPatterns = "/unsubscribe", asyncSupported = true)
public class UnsubscribeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient Unsubscribe unsubscribe;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getParameter("token");
    boolean done =
        unsubscribe.withToken(
            token, new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent")));
    if ("page".equals(request.getParameter("from"))) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          request.getContextPath()
              + "/unsubscribe?done=true&token="
              + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
      return;
    }
    response.setStatus(done ? 200 : 400);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Messages.get(
                Messages.locale(List.of(request.getLocale())),
                done ? "unsubscribe.done.plain" : "unsubscribe.invalid"));
  }
}
