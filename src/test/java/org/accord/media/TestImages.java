package org.accord.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in memory for upload tests, with the metadata and payloads the tests need. */
public final class TestImages {

  /** A 1×1 lossless WebP. */
  public static final byte[] WEBP =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  /** Coordinates the GPS block of {@link #jpegWithGps} carries: 60° 10' 11" N. */
  public static final byte[] LATITUDE = {0, 0, 0, 60, 0, 0, 0, 1, 0, 0, 0, 10, 0, 0, 0, 1};

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode("png", width, height);
  }

  public static byte[] jpeg(int width, int height) {
    return encode("jpeg", width, height);
  }

  public static byte[] gif(int width, int height) {
    return encode("gif", width, height);
  }

  private static byte[] encode(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2a6f97));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG with a text chunk (after IHDR) holding the given text. */
  public static byte[] pngWithText(int width, int height, String text) {
    byte[] png = png(width, height);
    byte[] chunk = pngChunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    int afterIhdr = 8 + 8 + 13 + 4;
    return concat(slice(png, 0, afterIhdr), chunk, slice(png, afterIhdr, png.length));
  }

  /** A PNG whose header claims the given size (nothing else is valid about it). */
  public static byte[] pngClaiming(int width, int height) {
    byte[] png = png(1, 1);
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put(new byte[] {8, 2, 0, 0, 0});
    byte[] chunk = pngChunk("IHDR", ihdr.array());
    return concat(slice(png, 0, 8), chunk, slice(png, 8 + 25, png.length));
  }

  static byte[] pngChunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(typeBytes)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  /**
   * A JPEG with an EXIF block (right after SOI) holding the orientation, a camera model and a GPS
   * position.
   */
  public static byte[] jpegWithGps(int width, int height, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    // IFD0 at 8: orientation, model (offset), GPS IFD pointer
    tiff.putShort((short) 3);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0);
    tiff.putShort((short) 0x0110).putShort((short) 2).putInt(12).putInt(80);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(100);
    tiff.putInt(0);
    tiff.position(80);
    tiff.put("SecretCam X\0".getBytes(StandardCharsets.ISO_8859_1));
    // GPS IFD at 100: latitude ref 'N', latitude (3 rationals at 140)
    tiff.position(100);
    tiff.putShort((short) 2);
    tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0);
    tiff.putShort((short) 0);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(140);
    tiff.putInt(0);
    tiff.position(140);
    tiff.put(LATITUDE).putInt(11).putInt(1);
    byte[] tiffBytes = slice(tiff.array(), 0, 164);
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffBytes);
    byte[] app1 =
        concat(
            new byte[] {
              (byte) 0xff,
              (byte) 0xe1,
              (byte) ((payload.length + 2) >> 8),
              (byte) (payload.length + 2)
            },
            payload);
    byte[] jpeg = jpeg(width, height);
    return concat(slice(jpeg, 0, 2), app1, slice(jpeg, 2, jpeg.length));
  }

  /** The 1×1 WebP as an extended file (VP8X) with an EXIF chunk holding the given text. */
  public static byte[] webpWithExif(String text) {
    byte[] exif = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] vp8x = {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    byte[] vp8l = slice(WEBP, 12, WEBP.length);
    ByteBuffer exifChunk = ByteBuffer.allocate(8 + exif.length + (exif.length & 1));
    exifChunk.order(ByteOrder.LITTLE_ENDIAN).put("EXIF".getBytes(StandardCharsets.ISO_8859_1));
    exifChunk.putInt(exif.length).put(exif);
    byte[] body =
        concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), vp8x, vp8l, exifChunk.array());
    ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(body.length);
    return concat(header.array(), body);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  public static byte[] slice(byte[] d, int from, int to) {
    byte[] s = new byte[to - from];
    System.arraycopy(d, from, s, 0, s.length);
    return s;
  }

  public static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
