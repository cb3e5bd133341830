package org.accord.security;

import static org.accord.security.PasswordRejection.BREACHED;
import static org.accord.security.PasswordRejection.CONTEXT_WORD;
import static org.accord.security.PasswordRejection.INVALID_CHARACTERS;
import static org.accord.security.PasswordRejection.REPETITIVE;
import static org.accord.security.PasswordRejection.SEQUENTIAL;
import static org.accord.security.PasswordRejection.TOO_LONG;
import static org.accord.security.PasswordRejection.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule, in both profiles. */
class PasswordPolicyTest {

  private static final String EMAIL = "maija.meikalainen@example.fi";

  private static PasswordPolicy policy(PasswordProfile profile) {
    return BreachedPasswords.policy(profile);
  }

  /** Each profile with each of the given passwords. */
  private static Stream<Arguments> inBothProfiles(String... passwords) {
    return Arrays.stream(PasswordProfile.values())
        .flatMap(p -> Arrays.stream(passwords).map(pw -> Arguments.of(p, pw)));
  }

  @Test
  void blocklistShipsAtLeastOneHundredThousandPasswords() {
    assertThat(BreachedPasswords.instance().size()).isGreaterThanOrEqualTo(100_000);
  }

  @ParameterizedTest
  @EnumSource(PasswordProfile.class)
  void acceptsATwentyCharacterPassphrase(PasswordProfile profile) {
    PasswordVerdict verdict = policy(profile).check("violet harbour tides", EMAIL);
    assertThat(verdict.acceptable()).isTrue();
    assertThat(verdict.score()).isBetween(3, 4);
  }

  @ParameterizedTest
  @EnumSource(PasswordProfile.class)
  void refusesTheExamplePasswordsWithTheirReasons(PasswordProfile profile) {
    PasswordPolicy policy = policy(profile);
    assertThat(policy.check("12345678", EMAIL).reasons()).contains(BREACHED, SEQUENTIAL);
    assertThat(policy.check("password1", EMAIL).reasons()).contains(BREACHED);
    assertThat(policy.check("accord2026", EMAIL).reasons()).contains(CONTEXT_WORD);
    assertThat(policy.check("maija.meikalainen123", EMAIL).reasons()).contains(CONTEXT_WORD);
  }

  @ParameterizedTest
  @EnumSource(PasswordProfile.class)
  void refusedPasswordsScoreAtMostOne(PasswordProfile profile) {
    assertThat(policy(profile).check("password1", EMAIL).score()).isLessThanOrEqualTo(1);
  }

  @Nested
  class Length {
    @Test
    void rev3NeedsEightCodePoints() {
      PasswordPolicy rev3 = policy(PasswordProfile.NIST_800_63B_REV3);
      assertThat(rev3.check("zq7#Lw2", EMAIL).reasons()).containsExactly(TOO_SHORT);
      assertThat(rev3.check("zq7#Lw2!", EMAIL).reasons()).doesNotContain(TOO_SHORT);
    }

    @Test
    void rev4NeedsFifteenCodePoints() {
      PasswordPolicy rev4 = policy(PasswordProfile.NIST_800_63B_REV4);
      assertThat(rev4.check("violet harbour", EMAIL).reasons()).containsExactly(TOO_SHORT);
      assertThat(rev4.check("violet harbour!", EMAIL).acceptable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void countsOneCodePointAsOneCharacter(PasswordProfile profile) {
      int min = profile.minimumLength();
      String animals = "🐻🦊🦉🐺🦔🐿🦡🦦🐢🐍🦎🐙🦑🦐🦞🦀";
      String exact = animals.substring(0, animals.offsetByCodePoints(0, min));
      String oneShort = animals.substring(0, animals.offsetByCodePoints(0, min - 1));
      assertThat(exact.length()).isEqualTo(2 * min);
      assertThat(policy(profile).check(exact, EMAIL).reasons()).doesNotContain(TOO_SHORT);
      assertThat(policy(profile).check(oneShort, EMAIL).reasons()).contains(TOO_SHORT);
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void normalisesWithNfkcBeforeComparing(PasswordProfile profile) {
      assertThat(PasswordPolicy.normalize("ﬁﬁﬁ")).isEqualTo("fififi");
      assertThat(PasswordPolicy.normalize("Ｐａｓｓｗｏｒｄ１")).isEqualTo("Password1");
      assertThat(policy(profile).check("Ｐａｓｓｗｏｒｄ１", EMAIL).reasons()).contains(BREACHED);
    }

    @ParameterizedTest
    @MethodSource("org.accord.security.PasswordPolicyTest#longLengths")
    void acceptsLongPasswordsWithoutTruncation(PasswordProfile profile, int length) {
      String password = "correct horse battery staple ".repeat(40).substring(0, length - 1) + "!";
      assertThat(policy(profile).check(password, EMAIL).reasons()).doesNotContain(TOO_LONG);
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void refusesAnythingOverTheMaximum(PasswordProfile profile) {
      String password = "x7!q".repeat(PasswordPolicy.MAXIMUM_LENGTH / 4) + "a";
      assertThat(policy(profile).check(password, EMAIL).reasons()).contains(TOO_LONG);
      assertThat(policy(profile).check("a".repeat(100_000), EMAIL).reasons())
          .containsExactly(TOO_LONG);
    }
  }

  static Stream<Arguments> longLengths() {
    return Arrays.stream(PasswordProfile.values())
        .flatMap(
            p -> Stream.of(64, 200, PasswordPolicy.MAXIMUM_LENGTH).map(n -> Arguments.of(p, n)));
  }

  static Stream<Arguments> allowedCharacters() {
    return inBothProfiles(
        "pöllö ja kärppä yöllä",
        "日本語のパスワードはとても長いです",
        "  ~!@#$%^&*()_+{}|  ",
        "allsmallletterswords");
  }

  static Stream<Arguments> controlCharacters() {
    return inBothProfiles(
        "tab\there all night long", "nul\u0000character here too", "broken \uD83D surrogate pair");
  }

  static Stream<Arguments> repetitions() {
    return inBothProfiles(
        "aaaaaaaaaaaaaaaa",
        "xyzxyzxyzxyzxyzxyz",
        "Q7Q7Q7Q7Q7Q7Q7Q7",
        "💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥");
  }

  static Stream<Arguments> sequences() {
    return inBothProfiles("abcdefghijklmnop", "9876543210", "klmnopqrs", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟ");
  }

  @Nested
  class Characters {
    @ParameterizedTest
    @MethodSource("org.accord.security.PasswordPolicyTest#allowedCharacters")
    void allowsSpacesPunctuationAndUnicodeWithoutCompositionRules(
        PasswordProfile profile, String password) {
      assertThat(policy(profile).check(password, EMAIL).acceptable()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.accord.security.PasswordPolicyTest#controlCharacters")
    void refusesControlCharactersAndLoneSurrogates(PasswordProfile profile, String password) {
      assertThat(policy(profile).check(password, EMAIL).reasons()).contains(INVALID_CHARACTERS);
    }
  }

  @Nested
  class Patterns {
    @ParameterizedTest
    @MethodSource("org.accord.security.PasswordPolicyTest#repetitions")
    void refusesRepetition(PasswordProfile profile, String password) {
      assertThat(policy(profile).check(password, EMAIL).reasons()).contains(REPETITIVE);
    }

    @ParameterizedTest
    @MethodSource("org.accord.security.PasswordPolicyTest#sequences")
    void refusesSequences(PasswordProfile profile, String password) {
      assertThat(policy(profile).check(password, EMAIL).reasons()).contains(SEQUENTIAL);
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void comparesTheWholePasswordOnly(PasswordProfile profile) {
      assertThat(policy(profile).check("my 12345678 is long", EMAIL).reasons())
          .doesNotContain(BREACHED, SEQUENTIAL);
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void blocklistIgnoresCase(PasswordProfile profile) {
      assertThat(policy(profile).check("PassWord1", EMAIL).reasons()).contains(BREACHED);
    }
  }

  @Nested
  class ContextWords {
    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void refusesTheProductName(PasswordProfile profile) {
      assertThat(policy(profile).check("my ACCORD secret phrase", EMAIL).reasons())
          .contains(CONTEXT_WORD);
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void refusesTheLocalPartAndItsParts(PasswordProfile profile) {
      assertThat(policy(profile).check("meikalainen rules ok", EMAIL).reasons())
          .contains(CONTEXT_WORD);
      assertThat(PasswordPolicy.contextWords(EMAIL))
          .containsExactly("maija.meikalainen", "maija", "meikalainen");
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void ignoresVeryShortLocalParts(PasswordProfile profile) {
      assertThat(policy(profile).check("joyful lanterns glow", "jo@example.com").acceptable())
          .isTrue();
    }

    @ParameterizedTest
    @EnumSource(PasswordProfile.class)
    void worksWithoutAnEmail(PasswordProfile profile) {
      assertThat(policy(profile).check("violet harbour tides", null).acceptable()).isTrue();
    }
  }
}
