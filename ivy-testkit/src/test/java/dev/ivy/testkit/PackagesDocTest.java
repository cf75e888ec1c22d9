package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the table of docs/packages.md against the sources: every package with a public top-level
 * type under {@code MODULE/src/main/java} is listed with its module, every listed package exists in
 * the module named, and every type named in its row is a public type of that package.
 */
class PackagesDocTest {
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([a-z0-9.]+)` \\| `([a-z0-9-]+)` \\| (.*?) \\| (.*?) \\|$");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|enum|record|@interface) ");
  private static final Pattern TYPE = Pattern.compile("`([A-Z]\\w*)");

  /** Package name to module name, from the sources. */
  private static Map<String, String> packagesInCode() throws IOException {
    Map<String, String> found = new TreeMap<>();
    Path root = DocExamplesTest.root();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().toList()) {
        Path src = module.resolve("src/main/java");
        if (!Files.isDirectory(src)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(src)) {
          files
              .filter(f -> f.toString().endsWith(".java") && isPublicType(f))
              .forEach(
                  f -> {
                    String pkg = src.relativize(f.getParent()).toString().replace('/', '.');
                    String before = found.putIfAbsent(pkg, module.getFileName().toString());
                    assertTrue(
                        before == null || before.equals(module.getFileName().toString()),
                        "package " + pkg + " is split between " + before + " and " + module);
                  });
        }
      }
    }
    return found;
  }

  private static boolean isPublicType(Path f) {
    try {
      return PUBLIC_TYPE.matcher(Files.readString(f)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> rows() throws IOException {
    String page = Files.readString(DocExamplesTest.root().resolve("docs/packages.md"));
    List<String[]> rows = new ArrayList<>();
    Matcher m = ROW.matcher(page);
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    }
    return rows;
  }

  @Test
  void packagesTable_listsEveryPackageWithPublicTypes_inItsModule() throws IOException {
    Map<String, String> inCode = packagesInCode();
    Map<String, String> inTable = new TreeMap<>();
    for (String[] r : rows()) {
      assertTrue(inTable.put(r[0], r[1]) == null, "docs/packages.md lists " + r[0] + " twice");
    }
    assertEquals(inCode, inTable, "docs/packages.md: package -> module, as in */src/main/java");
  }

  @Test
  void packagesTable_namesOnlyPublicTypesOfThePackage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String[] r : rows()) {
      Path dir =
          DocExamplesTest.root()
              .resolve(r[1])
              .resolve("src/main/java")
              .resolve(r[0].replace('.', '/'));
      Matcher t = TYPE.matcher(r[3]);
      int n = 0;
      while (t.find()) {
        n++;
        Path f = dir.resolve(t.group(1) + ".java");
        if (!Files.isRegularFile(f) || !isPublicType(f)) {
          missing.add(r[0] + "." + t.group(1));
        }
      }
      assertTrue(n > 0, "docs/packages.md: " + r[0] + " names its main types");
    }
    assertEquals(List.of(), missing, "types named in docs/packages.md that are not public there");
  }

  @Test
  void readme_linksThePackagesPage() throws IOException {
    String readme = Files.readString(DocExamplesTest.root().resolve("README.md"));
    assertTrue(readme.contains("docs/packages.md"), "README.md links docs/packages.md");
  }
}
