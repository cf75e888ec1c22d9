package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles and runs every {@code java} code block of README.md and docs/*.md exactly as shown, and
 * checks that what it prints matches its {@code // prints: ...} comments, in order.
 *
 * <p>A block is a whole compilation unit, what a reader copies into {@code Name.java}: its imports,
 * then {@code public class Name} with {@code public static void main(String[] args)}. Nothing is
 * added to it (no imports, no wrapper), so a block that lacks an import fails to compile here. Text
 * that is not a Java program goes in another fence ({@code text}).
 */
class DocExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRINTS = Pattern.compile("//\\s*prints:\\s*(.*)$");
  private static final Pattern PUBLIC_CLASS =
      Pattern.compile("(?m)^public (?:final )?class (\\w+)");
  private static final Pattern MAIN =
      Pattern.compile("public static void main\\(String\\[\\] \\w+\\)");

  static Path root() {
    String r = System.getProperty("ivy.root");
    return r != null ? Paths.get(r) : Paths.get("").toAbsolutePath().getParent();
  }

  /** One {@code java} block of a page: the page, its number on the page and its text. */
  record Block(Path doc, int index, String code) {
    String where() {
      return root().relativize(doc) + " example " + index;
    }
  }

  /** The {@code java} blocks of README.md and docs/*.md, in page order. */
  static List<Block> blocks() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    Path d = root().resolve("docs");
    if (Files.isDirectory(d)) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Path doc : docs) {
      Matcher m = BLOCK.matcher(Files.readString(doc));
      int n = 0;
      while (m.find()) {
        blocks.add(new Block(doc, ++n, m.group(1)));
      }
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> docExamples_compileAsShownRunAndPrintWhatTheySay() throws IOException {
    List<Block> blocks = blocks();
    assertFalse(blocks.isEmpty(), "README.md has java examples");
    return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> runExample(b)));
  }

  @Test
  void docExamples_classNames_uniqueAcrossPages() throws IOException {
    Map<String, List<String>> byName = new HashMap<>();
    for (Block b : blocks()) {
      Matcher c = PUBLIC_CLASS.matcher(b.code());
      if (c.find()) {
        byName.computeIfAbsent(c.group(1), k -> new ArrayList<>()).add(b.where());
      }
    }
    Map<String, List<String>> twice =
        byName.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertTrue(
        twice.isEmpty(), "each example class has its own name; used more than once: " + twice);
  }

  @Test
  void docExample_withoutItsImports_doesNotCompile() throws IOException {
    Block first = blocks().get(0);
    String name = className(first);
    String stripped =
        first
            .code()
            .lines()
            .filter(l -> !l.startsWith("import "))
            .collect(Collectors.joining("\n"));
    assertNotEquals(first.code().strip(), stripped.strip(), first.where() + " has imports");
    Compiled c = compile(name, stripped);
    assertNotEquals(
        0, c.rc(), "the example compiles with nothing added, so without imports it fails");
    assertTrue(c.diagnostics().contains("cannot find symbol"), c.diagnostics());
  }

  private static String className(Block b) {
    Matcher c = PUBLIC_CLASS.matcher(b.code());
    assertTrue(
        c.find() && MAIN.matcher(b.code()).find(),
        b.where()
            + " must be a whole program as a reader copies it: its imports, then `public class Name"
            + " { public static void main(String[] args) {...} }` (use a ```text fence for text"
            + " that is not a Java program)");
    return c.group(1);
  }

  private record Compiled(int rc, Path dir, String diagnostics) {}

  private static Compiled compile(String name, String code) throws IOException {
    Path dir = Files.createTempDirectory("ivy-doc");
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, code);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diag = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            null,
            diag,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            file.toString());
    return new Compiled(rc, dir, diag.toString(StandardCharsets.UTF_8));
  }

  private static void runExample(Block b) throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : b.code().split("\n")) {
      Matcher p = PRINTS.matcher(line);
      if (p.find()) {
        expected.add(p.group(1).trim());
      }
    }
    String name = className(b);
    Compiled c = compile(name, b.code());
    assertEquals(
        0, c.rc(), b.where() + " compiles as shown:\n" + b.code() + "\n" + c.diagnostics());
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader cl =
        new URLClassLoader(
            new URL[] {c.dir().toUri().toURL()}, DocExamplesTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      cl.loadClass(name).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(String::trim).toList();
    assertEquals(expected, printed, b.where() + ": what the example prints");
  }
}
