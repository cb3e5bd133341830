package org.accord.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.embed.EmbedLinkException;
import org.accord.embed.EmbedProvider;
import org.accord.embed.EmbedProviders;

/**
 * The embeds of an image's tags as the register sees them now: a tag whose provider left the
 * register shows as plain text.
 */
@ApplicationScoped
public class TagEmbeds {

  @Inject private EmbedProviders providers;

  /** The embed of each tag whose link a registered provider accepts, by tag id. */
  public Map<Long, EmbedProviders.Embed> of(List<MediaTag> tags) {
    Map<Long, EmbedProviders.Embed> embeds = new LinkedHashMap<>();
    for (MediaTag tag : tags) {
      if (tag.getLink() != null) {
        try {
          embeds.put(tag.getId(), providers.resolve(tag.getLink()));
        } catch (EmbedLinkException e) {
          // no longer embeddable: the tag stays, as text
        }
      }
    }
    return embeds;
  }

  /** The providers these embeds come from, in register order. */
  public List<EmbedProvider> providers(Collection<EmbedProviders.Embed> embeds) {
    return providers.all().stream()
        .filter(p -> embeds.stream().anyMatch(e -> e.provider().id().equals(p.id())))
        .toList();
  }
}
