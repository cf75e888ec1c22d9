package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles and runs every {@code java} code block of README.md and docs/*.md, and checks that what
 * it prints matches its {@code // prints: ...} comments, in order.
 */
class DocExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRINTS = Pattern.compile("//\\s*prints:\\s*(.*)$");

  static Path root() {
    String r = System.getProperty("ivy.root");
    return r != null ? Paths.get(r) : Paths.get("").toAbsolutePath().getParent();
  }

  @TestFactory
  Stream<DynamicTest> docExamples_compileRunAndPrintWhatTheySay() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    Path d = root().resolve("docs");
    if (Files.isDirectory(d)) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : docs) {
      Matcher m = BLOCK.matcher(Files.readString(doc));
      int n = 0;
      while (m.find()) {
        String code = m.group(1);
        int k = ++n;
        tests.add(
            DynamicTest.dynamicTest(
                root().relativize(doc) + " example " + k, () -> runExample(code, k)));
      }
    }
    assertTrue(!tests.isEmpty(), "README.md has java examples");
    return tests.stream();
  }

  private static void runExample(String code, int k) throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : code.split("\n")) {
      Matcher p = PRINTS.matcher(line);
      if (p.find()) {
        expected.add(p.group(1).trim());
      }
    }
    String cls = "DocExample" + k;
    String src =
        "import dev.ivy.*;\nimport dev.ivy.errors.*;\nimport java.util.*;\n"
            + "import dev.ivy.frontend.torch.TorchFrontend;\nimport dev.ivy.frontend.tf.TfFrontend;\n"
            + "import dev.ivy.frontend.jax.JaxFrontend;\nimport dev.ivy.frontend.numpy.NumpyFrontend;\n"
            + "import dev.ivy.trace.Graph;\nimport dev.ivy.trace.Tracer;\nimport dev.ivy.trace.Executable;\n"
            + "import dev.ivy.autodiff.*;\nimport dev.ivy.nn.*;\nimport dev.ivy.optim.*;\n"
            + "public class "
            + cls
            + " {\n public static void main(String[] args) throws Exception {\n"
            + code
            + "\n }\n}\n";
    Path dir = Files.createTempDirectory("ivy-doc");
    Path file = dir.resolve(cls + ".java");
    Files.writeString(file, src);
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
    assertEquals(0, rc, "example compiles:\n" + src + "\n" + diag.toString(StandardCharsets.UTF_8));
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader cl =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, DocExamplesTest.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      cl.loadClass(cls).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(String::trim).toList();
    assertEquals(expected, printed, "what the example prints");
  }
}
