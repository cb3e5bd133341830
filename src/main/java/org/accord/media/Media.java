package org.accord.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An interactive image: its owner, title and the facts of the stored image. Known to the world by a
 * random public id, never by its database id.
 */
@Entity
@Table(name = "media")
@NamedQuery(
    name = Media.OF_OWNER,
    query = "SELECT m FROM Media m WHERE m.ownerId = :owner ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = Media.BY_PUBLIC_ID, query = "SELECT m FROM Media m WHERE m.publicId = :id")
public class Media {

  static final String OF_OWNER = "Media.ofOwner";
  static final String BY_PUBLIC_ID = "Media.byPublicId";
  public static final int TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
  @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false, length = 24)
  private String publicId;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private long ownerId;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private ImageFormat format;

  @Column(nullable = false, updatable = false)
  private int width;

  @Column(nullable = false, updatable = false)
  private int height;

  @Column(name = "byte_size", nullable = false, updatable = false)
  private int byteSize;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "row_version")
  private long version;

  protected Media() {}

  Media(
      String publicId,
      long ownerId,
      String title,
      CleanImage image,
      int byteSize,
      String sha256,
      Instant now) {
    this.publicId = Objects.requireNonNull(publicId);
    this.ownerId = ownerId;
    this.title = Objects.requireNonNull(title);
    this.format = image.format();
    this.width = image.width();
    this.height = image.height();
    this.byteSize = byteSize;
    this.sha256 = Objects.requireNonNull(sha256);
    this.createdAt = now;
    this.updatedAt = now;
  }

  void rename(String title, Instant now) {
    this.title = Objects.requireNonNull(title);
    this.updatedAt = now;
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getTitle() {
    return title;
  }

  public ImageFormat getFormat() {
    return format;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public int getByteSize() {
    return byteSize;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
