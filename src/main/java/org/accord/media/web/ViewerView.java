package org.accord.media.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.consent.Decision;
import org.accord.embed.EmbedDecisions;
import org.accord.embed.EmbedProvider;
import org.accord.embed.EmbedProviders;
import org.accord.media.Media;
import org.accord.media.MediaLibrary;
import org.accord.media.MediaSettings;
import org.accord.media.MediaTag;
import org.accord.media.TagEmbeds;
import org.accord.platform.web.NotFound;
import org.accord.platform.web.SecurityHeadersFilter;
import org.accord.security.CurrentUser;

/**
 * The viewer of an interactive image, at {@code /media/{id}} and (without chrome, for iframes) at
 * {@code /embed/{id}}. Nothing is requested from another origin before the viewer's decision: embed
 * tags show a self-hosted placeholder, and the page's Content-Security-Policy lets frames load only
 * from the providers the viewer accepted. The consent screen lists every domain of every provider
 * the image's tags would embed.
 */
@Named("viewer")
@RequestScoped
public class ViewerView {

  @Inject private MediaLibrary library;
  @Inject private TagEmbeds tagEmbeds;
  @Inject private EmbedDecisions decisions;
  @Inject private MediaSettings settings;
  @Inject private CurrentUser user;
  @Inject private HttpServletRequest request;

  private String id;
  private boolean embed;
  private Media media;
  private List<MediaTag> tags = List.of();
  private final Map<Long, EmbedProviders.Embed> embeds = new LinkedHashMap<>();
  private final List<EmbedProvider> involved = new ArrayList<>();
  private Map<String, Decision> decided = Map.of();
  private boolean noticeSkipped;
  private List<String> ownSites = List.of();

  /** The page's view action: loads the image and the viewer's decisions, and sets the CSP. */
  public void load(boolean embedded) {
    this.embed = embedded;
    Optional<Media> found = library.find(id);
    if (found.isEmpty()) {
      NotFound.send();
      return;
    }
    media = found.get();
    tags = library.tags(media.getId());
    embeds.putAll(tagEmbeds.of(tags));
    involved.addAll(tagEmbeds.providers(embeds.values()));
    decided = decisions.current(ViewerIdentity.of(request, user));
    Optional<String> framing = embedded ? framingOrigin(request) : Optional.empty();
    framing
        .flatMap(origin -> settings.sitesSkippingNotice(media.getOwnerId(), origin))
        .ifPresent(sites -> ownSites = sites);
    noticeSkipped = !ownSites.isEmpty();
    ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
        .setHeader("Content-Security-Policy", policy());
  }

  /**
   * The page that frames this one, from the Referer of an iframe request (a page cannot forge its
   * own address; a page that sends no referrer is treated as unknown). See ADR 0014.
   */
  static Optional<String> framingOrigin(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null || !"iframe".equals(request.getHeader("Sec-Fetch-Dest"))) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(referer);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(
          uri.getScheme().toLowerCase()
              + "://"
              + uri.getHost().toLowerCase()
              + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Frames only from the accepted providers' embed origins; the embed page may be framed anywhere,
   * or only by the owner's sites when the notice is skipped for them (the browser enforces it).
   */
  private String policy() {
    List<String> frameOrigins =
        involved.stream()
            .filter(this::isAllowed)
            .map(EmbedProvider::frameOrigin)
            .distinct()
            .toList();
    String frameSrc = frameOrigins.isEmpty() ? "'none'" : String.join(" ", frameOrigins);
    String ancestors;
    if (!embed) {
      ancestors = "'none'";
    } else if (noticeSkipped) {
      ancestors = String.join(" ", ownSites);
    } else {
      ancestors = "*";
    }
    return SecurityHeadersFilter.policy(frameSrc, ancestors);
  }

  public boolean isAllowed(EmbedProvider provider) {
    return noticeSkipped || decided.get(provider.id()) == Decision.GIVEN;
  }

  /** The decision in force for a provider (GIVEN, REFUSED, WITHDRAWN), or null. */
  public Decision decision(EmbedProvider provider) {
    return decided.get(provider.id());
  }

  /** Whether the consent screen shows: a provider not decided yet, or the viewer asked for it. */
  public boolean isConsentShown() {
    if (noticeSkipped || involved.isEmpty()) {
      return false;
    }
    return "1".equals(request.getParameter("choices"))
        || involved.stream().anyMatch(p -> !decided.containsKey(p.id()));
  }

  public boolean hasEmbed(MediaTag tag) {
    return embeds.containsKey(tag.getId());
  }

  public EmbedProviders.Embed embedFor(MediaTag tag) {
    return embeds.get(tag.getId());
  }

  public boolean isTagAllowed(MediaTag tag) {
    EmbedProviders.Embed e = embeds.get(tag.getId());
    return e != null && isAllowed(e.provider());
  }

  public List<EmbedProvider> getInvolved() {
    return involved;
  }

  public long getRememberDays() {
    return decisions.validity().toDays();
  }

  public boolean isNoticeSkipped() {
    return noticeSkipped;
  }

  public Media getMedia() {
    return media;
  }

  public List<MediaTag> getTags() {
    return tags;
  }

  public boolean isEmbed() {
    return embed;
  }

  /** The viewer's own address, for links and forms. */
  public String getPath() {
    return (embed ? "/embed/" : "/media/") + id;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
