package org.accord.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A tag on an image: a position in percent of its width and height, text, an optional link. */
@Entity
@Table(name = "media_tag")
@NamedQuery(
    name = MediaTag.OF_MEDIA,
    query = "SELECT t FROM MediaTag t WHERE t.mediaId = :media ORDER BY t.createdAt, t.id")
public class MediaTag {

  static final String OF_MEDIA = "MediaTag.ofMedia";
  public static final int LABEL_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_tag_seq")
  @SequenceGenerator(name = "media_tag_seq", sequenceName = "media_tag_seq", allocationSize = 50)
  private Long id;

  @Column(name = "media_id", nullable = false, updatable = false)
  private long mediaId;

  @Column(name = "x_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal x;

  @Column(name = "y_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal y;

  @Column(nullable = false, length = LABEL_LENGTH)
  private String label;

  @Column(length = 2000)
  private String link;

  @Column(length = 40)
  private String provider;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected MediaTag() {}

  MediaTag(
      long mediaId,
      BigDecimal x,
      BigDecimal y,
      String label,
      String link,
      String provider,
      Instant now) {
    this.mediaId = mediaId;
    this.x = x;
    this.y = y;
    this.label = label;
    this.link = link;
    this.provider = provider;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getMediaId() {
    return mediaId;
  }

  public BigDecimal getX() {
    return x;
  }

  public BigDecimal getY() {
    return y;
  }

  public String getLabel() {
    return label;
  }

  /** The pasted link (normalised), or null for a tag with text only. */
  public String getLink() {
    return link;
  }

  /** The register id of the link's provider when the tag was saved, or null. */
  public String getProvider() {
    return provider;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
