package org.accord.minors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgeOfConsentTest {

  private static Map<String, Integer> shipped() throws IOException {
    List<AgeOfConsent> rows =
        AgeOfConsent.parse(Files.readString(Path.of("legal", "age-of-digital-consent.csv")));
    return rows.stream().collect(Collectors.toMap(AgeOfConsent::country, AgeOfConsent::age));
  }

  @Test
  void theShippedTableHasTheAgesOfDesignC5() throws IOException {
    Map<String, Integer> ages = shipped();
    assertThat(ages.get("*")).isEqualTo(16);
    for (String c : List.of("BE", "EE", "FI", "LV", "MT", "PT", "SE", "NO", "IS", "GB", "US")) {
      assertThat(ages.get(c)).as(c).isEqualTo(13);
    }
    for (String c : List.of("AT", "BG", "CY", "IT", "LT", "ES")) {
      assertThat(ages.get(c)).as(c).isEqualTo(14);
    }
    for (String c : List.of("CZ", "FR", "GR", "SI", "DK")) {
      assertThat(ages.get(c)).as(c).isEqualTo(15);
    }
    for (String c : List.of("DE", "HR", "HU", "IE", "LU", "NL", "PL", "RO", "SK", "LI")) {
      assertThat(ages.get(c)).as(c).isEqualTo(16);
    }
  }

  @Test
  void aBrokenTableIsRefusedWithTheLine() {
    String header = "country,age,source,since\n*,16,GDPR,2018-05-25\n";
    assertThatThrownBy(() -> AgeOfConsent.parse(header + "FI,12,x,2019-01-01\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> AgeOfConsent.parse(header + "XX,13,x,2019-01-01\n"))
        .hasMessageContaining("ages.country.invalid");
    assertThatThrownBy(() -> AgeOfConsent.parse(header + "FI,13,x,2019-13-01\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () -> AgeOfConsent.parse(header + "FI,13,x,2019-01-01\nFI,14,y,2019-01-01\n"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> AgeOfConsent.parse("country,age,source,since\nFI,13,x,2019-01-01\n"))
        .hasMessageContaining("no row for *");
    assertThat(AgeOfConsent.parse(header + "FI,13,\"Act 1050/2018, section 5\",2019-01-01\n"))
        .extracting(AgeOfConsent::source)
        .contains("Act 1050/2018, section 5");
  }
}
