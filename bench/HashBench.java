import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Cost of one password hash: Argon2id at Accord's setting against PBKDF2-HMAC-SHA256 at 600,000
 * iterations (the other scheme DESIGN allows), in the same run. Usage: bench/hash.sh
 */
public class HashBench {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String password = "violet harbour tides";
    for (int i = 0; i < 3; i++) {
      argon2(password, salt);
      pbkdf2(password, salt);
    }
    double argon = time(n, () -> argon2(password, salt));
    double pbkdf = time(n, () -> pbkdf2(password, salt));
    System.out.printf("Argon2id m=19MiB t=2 p=1       median %.1f ms%n", argon);
    System.out.printf("PBKDF2-HMAC-SHA256 600000 iter median %.1f ms%n", pbkdf);
    System.out.printf("ratio PBKDF2 / Argon2id: %.1f%n", pbkdf / argon);
  }

  interface Task { void run() throws Exception; }

  static double time(int n, Task task) throws Exception {
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      task.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    java.util.Arrays.sort(ms);
    return ms[n / 2];
  }

  static void argon2(String password, byte[] salt) {
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(19 * 1024).withIterations(2).withParallelism(1).withSalt(salt).build());
    g.generateBytes(password.getBytes(StandardCharsets.UTF_8), new byte[32]);
  }

  static void pbkdf2(String password, byte[] salt) throws Exception {
    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 600_000, 256)).getEncoded();
  }
}
