package org.accord.security;

import static org.accord.security.PasswordRejection.BREACHED;
import static org.accord.security.PasswordRejection.CONTEXT_WORD;
import static org.accord.security.PasswordRejection.INVALID_CHARACTERS;
import static org.accord.security.PasswordRejection.REPETITIVE;
import static org.accord.security.PasswordRejection.SEQUENTIAL;
import static org.accord.security.PasswordRejection.TOO_LONG;
import static org.accord.security.PasswordRejection.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final String EMAIL = "maija.meikalainen@example.fi";

  private final PasswordPolicy rev3 = BreachedPasswords.policy(PasswordProfile.NIST_800_63B_REV3);
  private final PasswordPolicy rev4 = BreachedPasswords.policy(PasswordProfile.NIST_800_63B_REV4);

  @Test
  void blocklistShipsAtLeastOneHundredThousandPasswords() {
    assertThat(BreachedPasswords.instance().size()).isGreaterThanOrEqualTo(100_000);
  }

  @Test
  void acceptsATwentyCharacterPassphrase() {
    PasswordVerdict verdict = rev3.check("violet harbour tides", EMAIL);
    assertThat(verdict.acceptable()).isTrue();
    assertThat(verdict.score()).isBetween(3, 4);
  }

  @ParameterizedTest
  @EnumSource(PasswordProfile.class)
  void refusesTheExamplePasswordsWithTheirReasons(PasswordProfile profile) {
    PasswordPolicy policy = BreachedPasswords.policy(profile);
    assertThat(policy.check("12345678", EMAIL).reasons()).contains(BREACHED, SEQUENTIAL);
    assertThat(policy.check("password1", EMAIL).reasons()).contains(BREACHED);
    assertThat(policy.check("accord2026", EMAIL).reasons()).contains(CONTEXT_WORD);
    assertThat(policy.check("maija.meikalainen123", EMAIL).reasons()).contains(CONTEXT_WORD);
  }

  @Nested
  class Length {
    @Test
    void rev3NeedsEightCodePoints() {
      assertThat(rev3.check("zq7#Lw2", EMAIL).reasons()).containsExactly(TOO_SHORT);
      assertThat(rev3.check("zq7#Lw2!", EMAIL).reasons()).doesNotContain(TOO_SHORT);
    }

    @Test
    void rev4NeedsFifteenCodePoints() {
      assertThat(rev4.check("violet harbour", EMAIL).reasons()).containsExactly(TOO_SHORT);
      assertThat(rev4.check("violet harbour!", EMAIL).acceptable()).isTrue();
    }

    @Test
    void countsOneCodePointAsOneCharacter() {
      String emoji = "🐻🦊🦉🐺🦔🐿🦡🦦";
      assertThat(emoji.length()).isEqualTo(16);
      assertThat(rev3.check(emoji, EMAIL).reasons()).doesNotContain(TOO_SHORT);
      assertThat(rev3.check("🐻🦊🦉🐺🦔🐿🦡", EMAIL).reasons()).contains(TOO_SHORT);
    }

    @Test
    void normalisesWithNfkcBeforeCounting() {
      assertThat(PasswordPolicy.normalize("ﬁﬁﬁ")).isEqualTo("fififi");
      assertThat(PasswordPolicy.normalize("Ｐａｓｓｗｏｒｄ１")).isEqualTo("Password1");
      assertThat(rev3.check("Ｐａｓｓｗｏｒｄ１", EMAIL).reasons()).contains(BREACHED);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 200, PasswordPolicy.MAXIMUM_LENGTH})
    void acceptsLongPasswordsWithoutTruncation(int length) {
      String password = "correct horse battery staple ".repeat(40).substring(0, length - 1) + "!";
      assertThat(rev3.check(password, EMAIL).reasons()).doesNotContain(TOO_LONG);
    }

    @Test
    void refusesAnythingOverTheMaximum() {
      String password = "x7!q".repeat(PasswordPolicy.MAXIMUM_LENGTH / 4) + "a";
      assertThat(rev3.check(password, EMAIL).reasons()).contains(TOO_LONG);
      assertThat(rev3.check("a".repeat(100_000), EMAIL).reasons()).containsExactly(TOO_LONG);
    }
  }

  @Nested
  class Characters {
    @Test
    void allowsSpacesPunctuationAndUnicode() {
      assertThat(rev3.check("pöllö ja kärppä yöllä", EMAIL).acceptable()).isTrue();
      assertThat(rev3.check("日本語のパスワードです", EMAIL).acceptable()).isTrue();
      assertThat(rev3.check("  ~!@#$%^&*()_+{}|  ", EMAIL).acceptable()).isTrue();
    }

    @Test
    void refusesControlCharactersAndLoneSurrogates() {
      assertThat(rev3.check("tab\there all night", EMAIL).reasons()).contains(INVALID_CHARACTERS);
      assertThat(rev3.check("nul\u0000character here", EMAIL).reasons())
          .contains(INVALID_CHARACTERS);
      assertThat(rev3.check("broken \uD83D surrogate", EMAIL).reasons())
          .contains(INVALID_CHARACTERS);
    }

    @Test
    void hasNoCompositionRules() {
      assertThat(rev3.check("allsmallletterswords", EMAIL).acceptable()).isTrue();
    }
  }

  @Nested
  class Patterns {
    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaa", "xyzxyzxyz", "Q7Q7Q7Q7Q7", "💥💥💥💥💥💥💥💥"})
    void refusesRepetition(String password) {
      assertThat(rev3.check(password, EMAIL).reasons()).contains(REPETITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghij", "98765432", "klmnopqrs", "ΑΒΓΔΕΖΗΘ"})
    void refusesSequences(String password) {
      assertThat(rev3.check(password, EMAIL).reasons()).contains(SEQUENTIAL);
    }

    @Test
    void compareTheWholePasswordOnly() {
      assertThat(rev3.check("my 12345678 is long", EMAIL).reasons())
          .doesNotContain(BREACHED, SEQUENTIAL);
    }

    @Test
    void blocklistIgnoresCase() {
      assertThat(rev3.check("PassWord1", EMAIL).reasons()).contains(BREACHED);
    }
  }

  @Nested
  class ContextWords {
    @Test
    void refusesTheProductName() {
      assertThat(rev3.check("my ACCORD secret", EMAIL).reasons()).contains(CONTEXT_WORD);
    }

    @Test
    void refusesTheLocalPartAndItsParts() {
      assertThat(rev3.check("meikalainen rules", EMAIL).reasons()).contains(CONTEXT_WORD);
      assertThat(PasswordPolicy.contextWords(EMAIL))
          .containsExactly("maija.meikalainen", "maija", "meikalainen");
    }

    @Test
    void ignoresVeryShortLocalParts() {
      assertThat(rev3.check("joyful lanterns glow", "jo@example.com").acceptable()).isTrue();
    }

    @Test
    void worksWithoutAnEmail() {
      assertThat(rev3.check("violet harbour tides", null).acceptable()).isTrue();
    }
  }

  @Test
  void refusedPasswordsScoreAtMostOne() {
    assertThat(rev3.check("password1", EMAIL).score()).isLessThanOrEqualTo(1);
  }
}
