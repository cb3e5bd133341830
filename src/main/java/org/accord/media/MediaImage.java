package org.accord.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored bytes of an image (without metadata), apart from the rest of it. */
@Entity
@Table(name = "media_image")
public class MediaImage {

  @Id
  @Column(name = "media_id")
  private Long mediaId;

  @Column(nullable = false, updatable = false)
  private byte[] bytes;

  protected MediaImage() {}

  MediaImage(long mediaId, byte[] bytes) {
    this.mediaId = mediaId;
    this.bytes = bytes.clone();
  }

  public byte[] getBytes() {
    return bytes.clone();
  }
}
