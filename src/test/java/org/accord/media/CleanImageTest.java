package org.accord.media;

import static org.accord.media.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploads are judged by their content and stored without metadata. */
class CleanImageTest {

  private static final long LIMIT = 10L * 1024 * 1024;

  private static void refused(byte[] data, String key) {
    assertThatThrownBy(() -> CleanImage.of(data, LIMIT))
        .isInstanceOfSatisfying(
            UploadRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void pngJpegAndWebpAreRecognisedByTheirContent() {
    assertThat(CleanImage.of(TestImages.png(40, 30), LIMIT))
        .satisfies(
            i -> {
              assertThat(i.format()).isEqualTo(ImageFormat.PNG);
              assertThat(i.width()).isEqualTo(40);
              assertThat(i.height()).isEqualTo(30);
            });
    assertThat(CleanImage.of(TestImages.jpeg(64, 48), LIMIT).format()).isEqualTo(ImageFormat.JPEG);
    CleanImage webp = CleanImage.of(TestImages.WEBP, LIMIT);
    assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
    assertThat(webp.width()).isEqualTo(1);
  }

  @Test
  void aJpegWithGpsIsStoredWithoutItsExifButKeepsItsOrientation() {
    byte[] upload = TestImages.jpegWithGps(64, 48, 6);
    assertThat(TestImages.contains(upload, TestImages.LATITUDE)).isTrue();
    assertThat(TestImages.contains(upload, ascii("SecretCam"))).isTrue();

    CleanImage clean = CleanImage.of(upload, LIMIT);
    byte[] stored = clean.bytes();
    assertThat(TestImages.contains(stored, TestImages.LATITUDE)).isFalse();
    assertThat(TestImages.contains(stored, ascii("SecretCam"))).isFalse();
    assertThat(TestImages.contains(stored, new byte[] {(byte) 0x88, 0x25})).isFalse();
    assertThat(CleanImage.exifOrientation(stored, 4 + 2 + 6, stored.length)).isEqualTo(6);
    assertThat(clean.width()).isEqualTo(64);

    byte[] upright = CleanImage.of(TestImages.jpegWithGps(64, 48, 1), LIMIT).bytes();
    assertThat(TestImages.contains(upright, ascii("Exif"))).isFalse();
  }

  @Test
  void textChunksOfAPngAndTheExifOfAWebpAreDropped() {
    byte[] png = CleanImage.of(TestImages.pngWithText(20, 20, "Author: Jane Doe"), LIMIT).bytes();
    assertThat(TestImages.contains(png, ascii("Jane Doe"))).isFalse();
    assertThat(TestImages.contains(png, ascii("tEXt"))).isFalse();

    byte[] webp = CleanImage.of(TestImages.webpWithExif("GPS 60.17N 24.94E"), LIMIT).bytes();
    assertThat(TestImages.contains(webp, ascii("60.17N"))).isFalse();
    assertThat(TestImages.contains(webp, ascii("EXIF"))).isFalse();
    assertThat(webp[12 + 8] & 0x08).isZero();
    assertThat(CleanImage.decode(ImageFormat.WEBP, webp)).containsExactly(1, 1);
  }

  @Test
  void whatIsNotAnImageIsRefused() {
    refused(new byte[0], "media.upload.empty");
    refused(
        ascii("Hello, this is a text file pretending to be photo.jpg"), "media.upload.notImage");
    refused(ascii("%PDF-1.7\n1 0 obj"), "media.upload.notImage");
  }

  @Test
  void anotherImageFormatRenamedIsRefusedByItsContent() {
    refused(TestImages.gif(10, 10), "media.upload.format");
  }

  @Test
  void anSvgIsRefusedWithItsOwnMessage() {
    refused(
        ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        "media.upload.svg");
    refused(
        ascii("\uFEFF<?xml version=\"1.0\"?>\n<!-- drawing -->\n<svg width=\"10\"></svg>"),
        "media.upload.svg");
  }

  @Test
  void anOversizedFileIsRefusedBeforeItIsRead() {
    refused(new byte[(int) LIMIT + 1], "media.upload.tooLarge");
    assertThatThrownBy(() -> CleanImage.of(TestImages.png(200, 200), 100))
        .isInstanceOfSatisfying(
            UploadRefusedException.class, e -> assertThat(e.arguments()).containsExactly(0L));
  }

  @Test
  void polyglotsAreRefused() {
    refused(
        concat(TestImages.png(10, 10), ascii("<html><script>alert(1)</script></html>")),
        "media.upload.polyglot");
    refused(
        concat(TestImages.jpeg(10, 10), ascii("PK\u0003\u0004payload.js")),
        "media.upload.polyglot");
    refused(
        TestImages.pngWithText(10, 10, "<script>fetch('/steal')</script>"),
        "media.upload.polyglot");
    refused(concat(TestImages.WEBP, ascii("trailing bytes")), "media.upload.polyglot");
  }

  @Test
  void aBrokenImageOrADecompressionBombIsRefused() {
    byte[] png = TestImages.png(50, 50);
    refused(TestImages.slice(png, 0, png.length / 2), "media.upload.broken");
    refused(TestImages.pngClaiming(30_000, 30_000), "media.upload.tooManyPixels");
    byte[] jpeg = TestImages.jpeg(50, 50);
    refused(TestImages.slice(jpeg, 0, jpeg.length - 40), "media.upload.broken");
  }
}
