package org.accord.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.consent.Decision;
import org.accord.embed.EmbedDecisions;
import org.accord.embed.EmbedProvider;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.media.TagEmbeds;
import org.accord.platform.Messages;
import org.accord.platform.web.Clients;
import org.accord.security.CurrentUser;

/**
 * A viewer's decisions about an image's embed providers, for the consent form and the JSON API
 * alike: what they are, and recording a new one (for all of the image's providers or one).
 */
@RequestScoped
public class ViewerDecisions {

  /** The outcome of a decision request. */
  public enum Outcome {
    RECORDED,
    NOT_FROM_THIS_SITE,
    BAD_REQUEST,
    NO_SUCH_IMAGE
  }

  @Inject private MediaLibrary library;
  @Inject private TagEmbeds tagEmbeds;
  @Inject private EmbedDecisions decisions;
  @Inject private CurrentUser user;
  @Inject private Clients clients;

  /** The providers an image's tags embed (register order), if the image exists. */
  Optional<List<EmbedProvider>> providersOf(String mediaId) {
    return library.find(mediaId).map(this::providersOf);
  }

  private List<EmbedProvider> providersOf(Media media) {
    return tagEmbeds.providers(tagEmbeds.of(library.tags(media.getId())).values());
  }

  /** The viewer's decisions in force for the given providers (null where none). */
  Map<EmbedProvider, Decision> current(HttpServletRequest request, List<EmbedProvider> providers) {
    Map<String, Decision> known = decisions.current(ViewerIdentity.of(request, user));
    Map<EmbedProvider, Decision> result = new LinkedHashMap<>();
    providers.forEach(p -> result.put(p, known.get(p.id())));
    return result;
  }

  /**
   * Records Accept or Reject for every provider of the image, or for one of them; an anonymous
   * viewer gets a consent id cookie. Only pages of this site may ask (Sec-Fetch-Site or Origin).
   */
  Outcome decide(
      HttpServletRequest request,
      HttpServletResponse response,
      String mediaId,
      boolean accept,
      String onlyProvider) {
    if (!fromThisSite(request)) {
      return Outcome.NOT_FROM_THIS_SITE;
    }
    Optional<Media> media = library.find(mediaId);
    if (media.isEmpty()) {
      return Outcome.NO_SUCH_IMAGE;
    }
    List<EmbedProvider> involved = providersOf(media.get());
    List<EmbedProvider> shown =
        onlyProvider == null || onlyProvider.isBlank()
            ? involved
            : involved.stream().filter(p -> p.id().equals(onlyProvider)).toList();
    if (shown.isEmpty()) {
      return Outcome.BAD_REQUEST;
    }
    EmbedDecisions.Viewer viewer = ViewerIdentity.of(request, user);
    if (viewer.accountId() == null) {
      viewer =
          new EmbedDecisions.Viewer(
              null, ViewerIdentity.ensureConsentId(request, response, decisions.validity()));
    }
    decisions.decide(
        viewer,
        shown,
        accept,
        Messages.locale(Collections.list(request.getLocales())).getLanguage(),
        clients.current());
    return Outcome.RECORDED;
  }

  long rememberDays() {
    return decisions.validity().toDays();
  }

  /** A same-origin request (browsers send Sec-Fetch-Site, and Origin on POST). */
  static boolean fromThisSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    int port = request.getServerPort();
    String own =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (port == 80 || port == 443 ? "" : ":" + port);
    return origin.equalsIgnoreCase(own);
  }
}
