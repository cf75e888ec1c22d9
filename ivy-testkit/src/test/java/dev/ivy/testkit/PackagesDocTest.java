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

  /**
   * The README's Maven snippet: it parses as XML, imports {@code ivy-bom} at the project's version,
   * and every Ivy artifact it names is a module of the build that the BOM manages; the BOM manages
   * every library module (the build tools, tests and CLI aside), and every module's jar names its
   * JPMS module.
   */
  @Test
  void readmeMavenSnippet_importsTheBomWhichManagesEveryLibraryModule() throws Exception {
    Path root = DocExamplesTest.root();
    String readme = Files.readString(root.resolve("README.md"));
    Matcher m = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has a Maven snippet");
    javax.xml.parsers.DocumentBuilder xml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
    org.w3c.dom.Document snippet =
        xml.parse(
            new org.xml.sax.InputSource(new java.io.StringReader("<r>" + m.group(1) + "</r>")));
    org.w3c.dom.Document parent = xml.parse(root.resolve("pom.xml").toFile());
    org.w3c.dom.Document bom = xml.parse(root.resolve("ivy-bom/pom.xml").toFile());
    String version = text(parent.getDocumentElement(), "version");
    assertEquals(version, text(bom.getDocumentElement(), "version"), "BOM version");
    List<String> modules = new ArrayList<>();
    org.w3c.dom.NodeList ms = parent.getElementsByTagName("module");
    for (int i = 0; i < ms.getLength(); i++) {
      modules.add(ms.item(i).getTextContent().strip());
    }
    List<String> managed = artifacts(bom);
    List<String> library =
        modules.stream()
            .filter(
                x ->
                    !List.of("ivy-bom", "ivy-processor", "ivy-testkit", "ivy-cli", "ivy-bench")
                            .contains(x)
                        && !x.startsWith("ivy-examples"))
            .toList();
    assertEquals(new java.util.TreeSet<>(library), new java.util.TreeSet<>(managed), "BOM");
    boolean importsBom = false;
    org.w3c.dom.NodeList deps = snippet.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      org.w3c.dom.Element d = (org.w3c.dom.Element) deps.item(i);
      String a = text(d, "artifactId");
      if (a.equals("ivy-bom")) {
        importsBom = true;
        assertEquals(version, text(d, "version"), "the snippet's BOM version");
        assertEquals("import", text(d, "scope"));
      } else {
        assertTrue(managed.contains(a), a + " is managed by the BOM");
      }
    }
    assertTrue(importsBom, "the snippet imports ivy-bom");
    for (String module : modules) {
      String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
      assertTrue(
          module.equals("ivy-bom") || pom.contains("<module.name>dev.ivy."),
          module + " names its JPMS module (module.name)");
    }
  }

  private static List<String> artifacts(org.w3c.dom.Document pom) {
    List<String> out = new ArrayList<>();
    org.w3c.dom.NodeList deps = pom.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      out.add(text((org.w3c.dom.Element) deps.item(i), "artifactId"));
    }
    return out;
  }

  /** The text of {@code e}'s first direct child named {@code tag}. */
  private static String text(org.w3c.dom.Element e, String tag) {
    for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeName().equals(tag)) {
        return c.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + tag + "> in <" + e.getNodeName() + ">");
  }
}
