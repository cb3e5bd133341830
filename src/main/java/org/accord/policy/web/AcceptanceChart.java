package org.accord.policy.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.accord.platform.Html;
import org.accord.policy.PolicyService.DailyAcceptances;

/**
 * A small SVG line chart of the cumulative acceptances of a version over time, drawn on the server
 * (no script, nothing from elsewhere). Days without acceptances keep the previous total.
 */
final class AcceptanceChart {

  static final int WIDTH = 360;
  static final int HEIGHT = 120;
  private static final int LEFT = 40;
  private static final int RIGHT = 8;
  private static final int TOP = 8;
  private static final int BOTTOM = 22;

  private AcceptanceChart() {}

  /** The chart from the first acceptance to {@code until}, or empty when nobody accepted yet. */
  static String svg(List<DailyAcceptances> days, LocalDate until, String label) {
    if (days.isEmpty()) {
      return "";
    }
    LocalDate first = days.get(0).day();
    LocalDate last =
        until.isAfter(days.get(days.size() - 1).day()) ? until : days.get(days.size() - 1).day();
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    long max = days.get(days.size() - 1).cumulative();
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder points = new StringBuilder();
    long previous = 0;
    for (DailyAcceptances day : days) {
      double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, day.day()) / span;
      point(points, x, y(previous, max, plotHeight));
      point(points, x, y(day.cumulative(), max, plotHeight));
      previous = day.cumulative();
    }
    point(points, LEFT + plotWidth, y(previous, max, plotHeight));
    String escaped = Html.escape(label);
    return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + HEIGHT
        + "\" role=\"img\" aria-label=\""
        + escaped
        + "\">"
        + "<title>"
        + escaped
        + "</title>"
        + "<line class=\"axis\" x1=\""
        + LEFT
        + "\" y1=\""
        + (HEIGHT - BOTTOM)
        + "\" x2=\""
        + (WIDTH - RIGHT)
        + "\" y2=\""
        + (HEIGHT - BOTTOM)
        + "\" stroke=\"#999\"/>"
        + "<line class=\"axis\" x1=\""
        + LEFT
        + "\" y1=\""
        + TOP
        + "\" x2=\""
        + LEFT
        + "\" y2=\""
        + (HEIGHT - BOTTOM)
        + "\" stroke=\"#999\"/>"
        + "<polyline fill=\"none\" stroke=\"#2f5fd0\" stroke-width=\"2\" points=\""
        + points.toString().strip()
        + "\"/>"
        + text(LEFT - 4, TOP + 10, "end", String.valueOf(max))
        + text(LEFT - 4, HEIGHT - BOTTOM, "end", "0")
        + text(LEFT, HEIGHT - 6, "start", first.toString())
        + text(WIDTH - RIGHT, HEIGHT - 6, "end", last.toString())
        + "</svg>";
  }

  private static double y(long value, long max, double plotHeight) {
    return TOP + plotHeight - (max == 0 ? 0 : plotHeight * value / max);
  }

  private static void point(StringBuilder points, double x, double y) {
    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
  }

  private static String text(int x, int y, String anchor, String value) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\"10\" fill=\"#555\">"
        + Html.escape(value)
        + "</text>";
  }
}
