package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2HasherTest {

  private final Argon2Hasher hasher = new Argon2Hasher(Argon2Hasher.MINIMUM, null);

  @Test
  void storesSchemeAndCostBesideTheHash() {
    assertThat(hasher.hash("violet harbour tides"))
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void verifiesOnlyTheSamePassword() {
    String hash = hasher.hash("violet harbour tides");
    assertThat(hasher.verify("violet harbour tides", hash)).isTrue();
    assertThat(hasher.verify("violet harbour tide", hash)).isFalse();
    assertThat(hasher.verify("violet harbour tides", "garbage")).isFalse();
    assertThat(hasher.verify("violet harbour tides", null)).isFalse();
  }

  @Test
  void saltsEveryHashDifferently() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void doesNotTruncateLongPasswords() {
    String base = "x".repeat(1000);
    String hash = hasher.hash(base + "a");
    assertThat(hasher.verify(base + "b", hash)).isFalse();
  }

  @Test
  void aPepperIsNeededToVerify() {
    Argon2Hasher peppered = new Argon2Hasher(Argon2Hasher.MINIMUM, "server-secret");
    String hash = peppered.hash("violet harbour tides");
    assertThat(peppered.verify("violet harbour tides", hash)).isTrue();
    assertThat(hasher.verify("violet harbour tides", hash)).isFalse();
  }

  @Test
  void asksForARehashWhenTheConfiguredCostRises() {
    String old = hasher.hash("violet harbour tides");
    Argon2Hasher stronger = new Argon2Hasher(new Argon2Hasher.Cost(19 * 1024, 3, 1), null);
    assertThat(stronger.needsRehash(old)).isTrue();
    assertThat(stronger.verify("violet harbour tides", old)).isTrue();
    assertThat(stronger.needsRehash(stronger.hash("violet harbour tides"))).isFalse();
    assertThat(hasher.needsRehash("$2a$10$legacy")).isTrue();
  }
}
