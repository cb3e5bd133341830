package org.accord.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded image, recognised by its content (never by its name or declared type), refused when
 * it is anything else or carries something else, and rewritten without metadata: EXIF (with GPS),
 * XMP, IPTC, comments and text chunks are dropped losslessly at the container level; the pixels are
 * never re-encoded. A JPEG's orientation survives as a minimal EXIF block holding only that tag.
 * The result is decoded once more to prove that it is a whole image.
 */
public record CleanImage(ImageFormat format, int width, int height, byte[] bytes) {

  /** Larger images are refused before decoding (a decompression bomb is small on disk). */
  static final long MAX_PIXELS = 50_000_000L;

  static final int MAX_SIDE = 20_000;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** PNG chunks kept: the critical ones, colour and animation; every text or time chunk goes. */
  private static final Set<String> PNG_KEPT =
      Set.of(
          "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs",
          "bKGD", "acTL", "fcTL", "fdAT");

  /** WebP chunks kept: image data, alpha, animation and colour profile; EXIF and XMP go. */
  private static final Set<String> WEBP_KEPT =
      Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

  /** Markup that makes a file something a browser or interpreter could run as well. */
  private static final List<String> MARKUP =
      List.of(
          "<script",
          "<html",
          "<body",
          "<iframe",
          "<!doctype",
          "<?php",
          "<svg xmlns",
          "javascript:");

  public CleanImage {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Checks an upload and answers it without metadata, or refuses it with a translated reason:
   * empty, too large, an SVG, another format, not an image, a broken image, too many pixels, or a
   * polyglot (data after the image's end, or markup inside it).
   */
  public static CleanImage of(byte[] data, long maxBytes) {
    if (data.length == 0) {
      throw new UploadRefusedException("media.upload.empty");
    }
    if (data.length > maxBytes) {
      throw new UploadRefusedException("media.upload.tooLarge", maxBytes / (1024 * 1024));
    }
    ImageFormat format = sniff(data);
    if (containsMarkup(data)) {
      throw new UploadRefusedException("media.upload.polyglot");
    }
    byte[] clean =
        switch (format) {
          case PNG -> stripPng(data);
          case JPEG -> stripJpeg(data);
          case WEBP -> stripWebp(data);
        };
    int[] size = decode(format, clean);
    return new CleanImage(format, size[0], size[1], clean);
  }

  /** The format by the file's first bytes. */
  static ImageFormat sniff(byte[] d) {
    if (startsWith(d, 0, PNG_SIGNATURE)) {
      return ImageFormat.PNG;
    }
    if (d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8 && (d[2] & 0xff) == 0xff) {
      return ImageFormat.JPEG;
    }
    if (startsWith(d, 0, ascii("RIFF")) && startsWith(d, 8, ascii("WEBP"))) {
      return ImageFormat.WEBP;
    }
    String head =
        new String(d, 0, Math.min(d.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.contains("<svg")) {
      throw new UploadRefusedException("media.upload.svg");
    }
    if (head.startsWith("gif8")
        || head.startsWith("bm")
        || head.startsWith("ii*\0")
        || head.startsWith("mm\0*")
        || head.startsWith("\0\0\0", 0) && head.startsWith("ftyp", 4)) {
      throw new UploadRefusedException("media.upload.format");
    }
    throw new UploadRefusedException("media.upload.notImage");
  }

  private static boolean containsMarkup(byte[] d) {
    for (int i = 0; i < d.length; i++) {
      if (d[i] == '<' || d[i] == 'j' || d[i] == 'J') {
        for (String m : MARKUP) {
          if (matchesIgnoreCase(d, i, m)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean matchesIgnoreCase(byte[] d, int at, String s) {
    if (at + s.length() > d.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (Character.toLowerCase((char) (d[at + k] & 0xff)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  // --- PNG ---------------------------------------------------------------------------------

  static byte[] stripPng(byte[] d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
    out.write(d, 0, PNG_SIGNATURE.length);
    int pos = PNG_SIGNATURE.length;
    boolean first = true;
    while (true) {
      if (pos + 12 > d.length) {
        throw broken();
      }
      long length = u32be(d, pos);
      String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
      long end = pos + 12 + length;
      if (end > d.length || first && !type.equals("IHDR")) {
        throw broken();
      }
      if (PNG_KEPT.contains(type)) {
        out.write(d, pos, (int) (end - pos));
      }
      pos = (int) end;
      first = false;
      if (type.equals("IEND")) {
        break;
      }
    }
    if (pos != d.length) {
      throw new UploadRefusedException("media.upload.polyglot");
    }
    return out.toByteArray();
  }

  // --- JPEG --------------------------------------------------------------------------------

  static byte[] stripJpeg(byte[] d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
    out.write(0xff);
    out.write(0xd8);
    int pos = 2;
    int orientation = 1;
    boolean orientationWritten = false;
    while (true) {
      if (pos >= d.length || (d[pos] & 0xff) != 0xff) {
        throw broken();
      }
      while (pos < d.length && (d[pos] & 0xff) == 0xff) {
        pos++;
      }
      if (pos >= d.length) {
        throw broken();
      }
      int marker = d[pos++] & 0xff;
      if (marker == 0xd9) {
        out.write(0xff);
        out.write(0xd9);
        break;
      }
      if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
        out.write(0xff);
        out.write(marker);
        continue;
      }
      if (pos + 2 > d.length) {
        throw broken();
      }
      int length = u16be(d, pos);
      if (length < 2 || pos + length > d.length) {
        throw broken();
      }
      int payload = pos + 2;
      int end = pos + length;
      boolean keep =
          switch (marker) {
            case 0xe0, 0xe2, 0xee -> true; // JFIF, ICC profile, Adobe colour transform
            case 0xe1 -> {
              if (startsWith(d, payload, ascii("Exif\0\0"))) {
                orientation = exifOrientation(d, payload + 6, end);
              }
              yield false; // EXIF (GPS, camera, times) and XMP
            }
            default -> marker < 0xe0 || marker > 0xef && marker != 0xfe; // APPn and COM go
          };
      if (!orientationWritten && marker != 0xe0 && orientation != 1) {
        out.writeBytes(orientationOnlyExif(orientation));
        orientationWritten = true;
      }
      if (keep) {
        out.write(0xff);
        out.write(marker);
        out.write(d, pos, length);
      }
      pos = end;
      if (marker == 0xda) { // start of scan: entropy-coded data up to the next real marker
        int i = pos;
        while (i + 1 < d.length) {
          int next = d[i + 1] & 0xff;
          if ((d[i] & 0xff) == 0xff && next != 0 && (next < 0xd0 || next > 0xd7)) {
            break;
          }
          i++;
        }
        if (i + 1 >= d.length) {
          throw broken();
        }
        out.write(d, pos, i - pos);
        pos = i;
      }
    }
    // After the image: zero padding, or further JPEGs (previews, gain maps) that belong to the
    // metadata and are dropped; anything else makes the file a polyglot.
    if (pos < d.length && !isPaddingOrJpeg(d, pos)) {
      throw new UploadRefusedException("media.upload.polyglot");
    }
    return out.toByteArray();
  }

  private static boolean isPaddingOrJpeg(byte[] d, int from) {
    if (from + 1 < d.length && (d[from] & 0xff) == 0xff && (d[from + 1] & 0xff) == 0xd8) {
      return true;
    }
    for (int i = from; i < d.length; i++) {
      if (d[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The orientation tag (0x0112) of IFD0 in a TIFF block, or 1 when absent or unreadable. */
  static int exifOrientation(byte[] d, int tiff, int end) {
    if (tiff + 8 > end) {
      return 1;
    }
    boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
    boolean big = d[tiff] == 'M' && d[tiff + 1] == 'M';
    if (!little && !big) {
      return 1;
    }
    long ifd = little ? u32le(d, tiff + 4) : u32be(d, tiff + 4);
    int at = (int) (tiff + ifd);
    if (ifd < 8 || at + 2 > end) {
      return 1;
    }
    int count = little ? u16le(d, at) : u16be(d, at);
    for (int k = 0; k < count; k++) {
      int entry = at + 2 + 12 * k;
      if (entry + 12 > end) {
        return 1;
      }
      int tag = little ? u16le(d, entry) : u16be(d, entry);
      if (tag == 0x0112) {
        int value = little ? u16le(d, entry + 8) : u16be(d, entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /** An APP1 EXIF segment holding nothing but the orientation. */
  static byte[] orientationOnlyExif(int orientation) {
    return new byte[] {
      (byte) 0xff,
      (byte) 0xe1,
      0,
      34, // marker, length
      'E',
      'x',
      'i',
      'f',
      0,
      0, // EXIF header
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // big-endian TIFF, IFD0 at 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0, // orientation, SHORT, 1
      0,
      0,
      0,
      0 // no next IFD
    };
  }

  // --- WebP --------------------------------------------------------------------------------

  static byte[] stripWebp(byte[] d) {
    if (d.length < 20) {
      throw broken();
    }
    long riff = u32le(d, 4) + 8;
    if (riff > d.length || riff < 20) {
      throw broken();
    }
    if (d.length > riff + (riff & 1)) {
      throw new UploadRefusedException("media.upload.polyglot");
    }
    ByteArrayOutputStream chunks = new ByteArrayOutputStream(d.length);
    int vp8xFlags = -1;
    int pos = 12;
    while (pos + 8 <= riff) {
      String fourcc = new String(d, pos, 4, StandardCharsets.ISO_8859_1);
      long size = u32le(d, pos + 4);
      long padded = size + (size & 1);
      if (pos + 8 + size > riff) {
        throw broken();
      }
      if (WEBP_KEPT.contains(fourcc)) {
        if (fourcc.equals("VP8X")) {
          vp8xFlags = chunks.size() + 8;
        }
        chunks.write(d, pos, (int) Math.min(8 + padded, riff - pos));
      }
      pos += (int) (8 + padded);
    }
    byte[] body = chunks.toByteArray();
    if (vp8xFlags >= 0 && vp8xFlags < body.length) {
      body[vp8xFlags] &= (byte) ~0x0c; // no EXIF (0x08), no XMP (0x04) any more
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
    out.writeBytes(ascii("RIFF"));
    int size = body.length + 4;
    out.write(size & 0xff);
    out.write(size >>> 8 & 0xff);
    out.write(size >>> 16 & 0xff);
    out.write(size >>> 24 & 0xff);
    out.writeBytes(ascii("WEBP"));
    out.writeBytes(body);
    return out.toByteArray();
  }

  // --- decoding ----------------------------------------------------------------------------

  /** Width and height after decoding every pixel (subsampled, to bound the memory). */
  static int[] decode(ImageFormat format, byte[] data) {
    ImageReader reader = reader(format);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width <= 0
          || height <= 0
          || width > MAX_SIDE
          || height > MAX_SIDE
          || (long) width * height > MAX_PIXELS) {
        throw new UploadRefusedException("media.upload.tooManyPixels", MAX_SIDE);
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / 4_000_000d)));
      param.setSourceSubsampling(step, step, 0, 0);
      if (reader.read(0, param) == null) {
        throw broken();
      }
      return new int[] {width, height};
    } catch (IOException | RuntimeException e) {
      if (e instanceof UploadRefusedException refused) {
        throw refused;
      }
      throw broken();
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader reader(ImageFormat format) {
    try {
      return switch (format) {
        case PNG -> ImageIO.getImageReadersByFormatName("png").next();
        case JPEG -> Jpeg.SPI.createReaderInstance(null);
        case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
      };
    } catch (IOException e) {
      throw new IllegalStateException("no reader for " + format, e);
    }
  }

  /**
   * The JPEG reader that also reads CMYK and YCCK files. It wraps the JDK's reader, which it finds
   * when registered; a registry of our own keeps this independent of the JVM-wide one (which a web
   * application should not change).
   */
  private static final class Jpeg {
    static final ImageReaderSpi SPI = create();

    private static ImageReaderSpi create() {
      ServiceRegistry registry =
          new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
      IIORegistry.getDefaultInstance()
          .getServiceProviders(
              ImageReaderSpi.class,
              spi ->
                  spi.getClass()
                      .getName()
                      .equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"),
              false)
          .forEachRemaining(jdk -> registry.registerServiceProvider(jdk, ImageReaderSpi.class));
      JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
      registry.registerServiceProvider(spi, ImageReaderSpi.class);
      return spi;
    }
  }

  // --- bytes -------------------------------------------------------------------------------

  private static UploadRefusedException broken() {
    return new UploadRefusedException("media.upload.broken");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] d, int at, byte[] prefix) {
    if (at + prefix.length > d.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (d[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16be(byte[] d, int at) {
    return (d[at] & 0xff) << 8 | d[at + 1] & 0xff;
  }

  private static int u16le(byte[] d, int at) {
    return (d[at + 1] & 0xff) << 8 | d[at] & 0xff;
  }

  private static long u32be(byte[] d, int at) {
    return (long) u16be(d, at) << 16 | u16be(d, at + 2);
  }

  private static long u32le(byte[] d, int at) {
    return (long) u16le(d, at + 2) << 16 | u16le(d, at);
  }
}
