package org.accord.security;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The breached/common password list (about 100,000 entries) and strength estimator shipped with
 * nbvcxz, loaded once.
 */
public final class BreachedPasswords implements Predicate<String> {

  private static final BreachedPasswords INSTANCE = new BreachedPasswords();

  private final Set<String> passwords;
  private final Nbvcxz estimator;

  private BreachedPasswords() {
    Map<String, Integer> ranked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    this.passwords = Set.copyOf(ranked.keySet());
    this.estimator =
        new Nbvcxz(
            new ConfigurationBuilder().setCombinationAlgorithmTimeout(200L).createConfiguration());
  }

  public static BreachedPasswords instance() {
    return INSTANCE;
  }

  public int size() {
    return passwords.size();
  }

  @Override
  public boolean test(String lowerCasePassword) {
    return passwords.contains(lowerCasePassword);
  }

  /** Strength 0..4 (nbvcxz's basic score, zxcvbn-compatible). */
  public int strength(String password) {
    return estimator.estimate(password).getBasicScore();
  }

  /** A policy for the given profile backed by this list and estimator. */
  public static PasswordPolicy policy(PasswordProfile profile) {
    BreachedPasswords list = instance();
    return new PasswordPolicy(profile, list, list::strength);
  }
}
