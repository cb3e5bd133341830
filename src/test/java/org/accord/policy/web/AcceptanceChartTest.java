package org.accord.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.accord.policy.PolicyService.DailyAcceptances;
import org.junit.jupiter.api.Test;

class AcceptanceChartTest {

  private static final LocalDate DAY = LocalDate.of(2027, 1, 1);

  @Test
  void nobodyAcceptedYetDrawsNothing() {
    assertThat(AcceptanceChart.svg(List.of(), DAY, "x")).isEmpty();
  }

  @Test
  void theLineRisesStepwiseToTheTotalAndRunsOnToToday() {
    String svg =
        AcceptanceChart.svg(
            List.of(new DailyAcceptances(DAY, 3, 3), new DailyAcceptances(DAY.plusDays(5), 7, 10)),
            DAY.plusDays(10),
            "Acceptances of version <2>");
    assertThat(svg)
        .startsWith("<svg")
        .contains("aria-label=\"Acceptances of version &lt;2&gt;\"")
        .contains("<polyline", ">10</text>", ">2027-01-01</text>", ">2027-01-11</text>")
        // zero, a step to 3 on day 0, to 10 on day 5 (x = 40 + 312 * 5 / 10), then on to today
        .contains("points=\"40.0,98.0 40.0,71.0 196.0,71.0 196.0,8.0 352.0,8.0\"");
  }
}
