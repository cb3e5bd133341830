package org.accord.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.media.CleanImage;
import org.accord.media.ImageFormat;
import org.junit.jupiter.api.Test;

/** The demo's image passes the same upload checks as anyone's. */
class DemoDataTest {

  @Test
  void theDemoImageIsAPlainPngWithinTheUploadLimit() {
    CleanImage image = CleanImage.of(DemoData.festival(), 10L * 1024 * 1024);
    assertThat(image.format()).isEqualTo(ImageFormat.PNG);
    assertThat(image.width()).isEqualTo(1200);
    assertThat(image.height()).isEqualTo(800);
  }
}
