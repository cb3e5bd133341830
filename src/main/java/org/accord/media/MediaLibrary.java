package org.accord.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.account.InvalidInputException;
import org.accord.embed.EmbedProviders;
import org.accord.platform.Hashes;
import org.accord.platform.TextInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owners' interactive images: upload (checked and stripped by {@link CleanImage}), title, tags and
 * deletion. Every change is the owner's own: another person's image answers as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private EmbedProviders providers;
  @Inject private Event<MediaChanged> changed;

  @Inject
  @ConfigProperty(name = "accord.media.max-upload-mb", defaultValue = "10")
  int maxUploadMb;

  /** The largest upload accepted, in bytes (configuration {@code accord.media.max-upload-mb}). */
  public long maxUploadBytes() {
    return maxUploadMb * 1024L * 1024L;
  }

  /** Stores a new image for its owner; refuses bad titles and files with a reason. */
  public Media upload(long ownerId, String title, byte[] data) {
    String cleanTitle = title(title);
    CleanImage image = CleanImage.of(data, maxUploadBytes());
    byte[] bytes = image.bytes();
    Media media =
        new Media(
            newPublicId(),
            ownerId,
            cleanTitle,
            image,
            bytes.length,
            Hashes.sha256(bytes),
            clock.instant());
    em.persist(media);
    em.flush();
    em.persist(new MediaImage(media.getId(), bytes));
    return media;
  }

  public List<Media> ownedBy(long ownerId) {
    return em.createNamedQuery(Media.OF_OWNER, Media.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** Any image by its public id (for viewers). */
  public Optional<Media> find(String publicId) {
    if (publicId == null || publicId.length() > 24) {
      return Optional.empty();
    }
    return em.createNamedQuery(Media.BY_PUBLIC_ID, Media.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /** One of the owner's own images, or {@link MediaNotFoundException}. */
  public Media owned(String publicId, long ownerId) {
    return find(publicId)
        .filter(m -> m.getOwnerId() == ownerId)
        .orElseThrow(MediaNotFoundException::new);
  }

  /** The stored bytes of an image, if it exists. */
  public Optional<byte[]> bytes(long mediaId) {
    return Optional.ofNullable(em.find(MediaImage.class, mediaId)).map(MediaImage::getBytes);
  }

  public List<MediaTag> tags(long mediaId) {
    return em.createNamedQuery(MediaTag.OF_MEDIA, MediaTag.class)
        .setParameter("media", mediaId)
        .getResultList();
  }

  public void rename(String publicId, long ownerId, String title) {
    owned(publicId, ownerId).rename(title(title), clock.instant());
    changed.fire(new MediaChanged(ownerId));
  }

  public void delete(String publicId, long ownerId) {
    Media media = owned(publicId, ownerId);
    em.remove(media); // image and tags go with it (ON DELETE CASCADE)
    em.flush();
    changed.fire(new MediaChanged(ownerId));
  }

  /**
   * Adds a tag at a position given in percent of the image's width and height (0–100, two
   * decimals), with text and optionally a link of a registered embed provider.
   */
  public MediaTag addTag(
      String publicId, long ownerId, BigDecimal x, BigDecimal y, String label, String link) {
    Media media = owned(publicId, ownerId);
    Map<String, String> problems = new LinkedHashMap<>();
    if (!isPercent(x)) {
      problems.put("x", "media.tag.position");
    }
    if (!isPercent(y)) {
      problems.put("y", "media.tag.position");
    }
    String text = label == null ? "" : label.strip();
    if (text.isEmpty()) {
      problems.put("label", "media.tag.label.required");
    } else if (text.length() > MediaTag.LABEL_LENGTH || !TextInput.isCleanText(text)) {
      problems.put("label", "media.tag.label.invalid");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    EmbedProviders.Embed embed = link == null || link.isBlank() ? null : providers.resolve(link);
    MediaTag tag =
        new MediaTag(
            media.getId(),
            x.setScale(2, RoundingMode.HALF_UP),
            y.setScale(2, RoundingMode.HALF_UP),
            text,
            embed == null ? null : embed.link(),
            embed == null ? null : embed.provider().id(),
            clock.instant());
    em.persist(tag);
    media.touch(clock.instant());
    changed.fire(new MediaChanged(ownerId));
    return tag;
  }

  public void removeTag(String publicId, long ownerId, long tagId) {
    Media media = owned(publicId, ownerId);
    MediaTag tag = em.find(MediaTag.class, tagId);
    if (tag == null || tag.getMediaId() != media.getId()) {
      throw new MediaNotFoundException();
    }
    em.remove(tag);
    media.touch(clock.instant());
    changed.fire(new MediaChanged(ownerId));
  }

  private static boolean isPercent(BigDecimal v) {
    return v != null && v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
  }

  private static String title(String title) {
    String t = title == null ? "" : title.strip();
    Map<String, String> problems = new LinkedHashMap<>();
    if (t.isEmpty()) {
      problems.put("title", "media.title.required");
    } else if (t.length() > Media.TITLE_LENGTH || !TextInput.isClean(t)) {
      problems.put("title", "media.title.invalid");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return t;
  }

  private static String newPublicId() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
