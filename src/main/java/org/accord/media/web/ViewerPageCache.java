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
import java.util.Optional;
import org.accord.embed.EmbedDecisions;
import org.accord.media.MediaChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered viewer pages for people who are not signed in, keyed by what the page depends on
 * (address, language, framing page, and the viewer's decisions in force, read for each request, so
 * no stored page loads content its viewer has not, or no longer, agreed to). A copy lives {@code
 * accord.viewer.cache-seconds} (default 10, 0 switches the cache off). A change to an image clears
 * this node's copies at once, other nodes' within that time (a page from before an owner's change
 * only lacks the change: the embeds it loads are ones the viewer accepted).
 */
@ApplicationScoped
public class ViewerPageCache {

  static final int MAX_ENTRIES = 500;

  /**
   * A rendered page: body, content type, the Content-Security-Policy it was sent with and the
   * instant until which it may be served.
   */
  record Page(byte[] body, String contentType, String policy, Instant until) {}

  private final Map<String, Page> pages =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  @Inject private Clock clock;
  @Inject private EmbedDecisions decisions;

  @Inject
  @ConfigProperty(name = "accord.viewer.cache-seconds", defaultValue = "10")
  int seconds;

  /** Where a request may be served from the cache: its key, and until when a stored page holds. */
  record Slot(String key, Instant until) {}

  /**
   * The cache slot of a GET by someone not signed in (whose page has no form and nothing personal):
   * the page depends on the address, the language, the framing page and the viewer's decisions in
   * force, which the key holds. The decisions are read for every request, so one that is made,
   * changed or expires leads to another key at once. Empty when the request may not be cached.
   */
  Optional<Slot> slotFor(HttpServletRequest request, String view, String framingHeaderOrigin) {
    if (seconds <= 0 || !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
      return Optional.empty();
    }
    StringBuilder state = new StringBuilder();
    ViewerIdentity.consentId(request)
        .map(id -> decisions.current(new EmbedDecisions.Viewer(null, id)))
        .orElse(Map.of())
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(d -> state.append(d.getKey()).append('=').append(d.getValue()).append(','));
    return Optional.of(
        new Slot(
            key(request, view, framingHeaderOrigin) + '|' + state,
            clock.instant().plus(Duration.ofSeconds(seconds))));
  }

  private static String key(HttpServletRequest request, String view, String framingHeaderOrigin) {
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

  synchronized Page get(Slot slot) {
    Page page = pages.get(slot.key());
    if (page != null && !page.until().isAfter(clock.instant())) {
      pages.remove(slot.key());
      return null;
    }
    return page;
  }

  synchronized void put(Slot slot, Page page) {
    pages.put(slot.key(), page);
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
    Page finish(Instant until) throws IOException {
      if (writer != null) {
        writer.flush();
      }
      byte[] body = buffer.toByteArray();
      HttpServletResponse response = (HttpServletResponse) getResponse();
      Page page =
          new Page(
              body,
              response.getContentType(),
              response.getHeader("Content-Security-Policy"),
              until);
      if (status == 200 && !response.isCommitted()) {
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
      return page;
    }
  }
}
