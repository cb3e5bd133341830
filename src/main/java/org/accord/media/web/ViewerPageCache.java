package org.accord.media.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.media.MediaChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered viewer pages for viewers who have decided nothing (no account, no consent id): the page
 * such a viewer gets loads nothing from another origin, so serving a copy a few seconds old can
 * never load content they did not agree to. Copies live {@code accord.viewer.cache-seconds}
 * (default 10, 0 switches the cache off); a change to an image clears this node's copies at once,
 * other nodes' within that time.
 */
@ApplicationScoped
public class ViewerPageCache {

  static final int MAX_ENTRIES = 500;

  /** A rendered page: body, content type and the Content-Security-Policy it was sent with. */
  record Page(byte[] body, String contentType, String policy, Instant storedAt) {}

  private final Map<String, Page> pages =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accord.viewer.cache-seconds", defaultValue = "10")
  int seconds;

  /** The cache key for a request that may be served from the cache, or null when it may not. */
  String keyFor(HttpServletRequest request, String view, String framingHeaderOrigin) {
    if (seconds <= 0
        || !"GET".equals(request.getMethod())
        || request.getUserPrincipal() != null
        || ViewerIdentity.consentId(request).isPresent()) {
      return null;
    }
    // The whole query: the page's language links repeat it, so no request's parameters may end
    // up in a page served to another.
    return view
        + '?'
        + request.getQueryString()
        + '|'
        + request.getHeader("Accept-Language")
        + '|'
        + framingHeaderOrigin;
  }

  synchronized Page get(String key) {
    Page page = pages.get(key);
    if (page != null
        && page.storedAt().plus(Duration.ofSeconds(seconds)).isBefore(clock.instant())) {
      pages.remove(key);
      return null;
    }
    return page;
  }

  synchronized void put(String key, Page page) {
    pages.put(key, page);
  }

  void clear(@Observes MediaChanged change) {
    synchronized (this) {
      pages.clear();
    }
  }

  /** Serves a stored page. */
  static void write(Page page, HttpServletResponse response) throws IOException {
    response.setContentType(page.contentType());
    response.setHeader("Content-Security-Policy", page.policy());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** Captures what a view renders, so that it can be stored and sent. */
  static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = 200;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
      status = sc;
      super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      status = sc;
      super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      status = 302;
      super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }

              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }
            };
      }
      return stream;
    }

    @Override
    public void setContentLength(int len) {
      // the length is set when the captured body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
      // the length is set when the captured body is sent
    }

    @Override
    public void flushBuffer() {
      // kept until the whole page is captured
    }

    int status() {
      return status;
    }

    /** The captured page, after the view has rendered; sends it on to the client as well. */
    Page finish(Instant now) throws IOException {
      if (writer != null) {
        writer.flush();
      }
      byte[] body = buffer.toByteArray();
      HttpServletResponse response = (HttpServletResponse) getResponse();
      Page page =
          new Page(
              body, response.getContentType(), response.getHeader("Content-Security-Policy"), now);
      if (status == 200 && !response.isCommitted()) {
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
      return page;
    }
  }
}
