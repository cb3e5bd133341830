package org.accord.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration suite: the WAR that {@code mvn package} built (what ships),
 * plus the in-container test classes and the test clock. Browser and HTTP tests in {@code
 * org.accord.web} run as clients and are not packed.
 */
@ArquillianSuiteDeployment
public final class Deployments {

  static {
    TestDatabase.prepare();
    TestMail.start();
  }

  private Deployments() {}

  @Deployment(testable = true)
  public static WebArchive war() {
    File built = new File(System.getProperty("accord.war", "target/accord.war"));
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
    Path classes = Path.of("target/test-classes");
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !p.startsWith(classes.resolve("org/accord/web")))
          .filter(p -> !p.getFileName().toString().startsWith("Deployments"))
          .filter(p -> !p.getFileName().toString().startsWith("TestMail"))
          .filter(p -> !p.getFileName().toString().startsWith("TestDatabase"))
          .forEach(
              p ->
                  war.addAsWebInfResource(
                      p.toFile(),
                      "classes/" + classes.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    return war;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
