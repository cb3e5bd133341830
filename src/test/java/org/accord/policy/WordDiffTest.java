package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void marksRemovedAndAddedWords() {
    assertThat(WordDiff.html("we keep logs 90 days", "we keep logs 60 days"))
        .isEqualTo("we keep logs <del>90</del><ins>60</ins> days");
  }

  @Test
  void keepsWhitespaceAndEscapesMarkup() {
    assertThat(WordDiff.html("a <b>\nc", "a <b>\nc & d"))
        .isEqualTo("a &lt;b&gt;\nc<ins> &amp; d</ins>");
  }

  @Test
  void identicalTextsHaveNoMarks() {
    assertThat(WordDiff.html("same text", "same text")).isEqualTo("same text");
  }
}
