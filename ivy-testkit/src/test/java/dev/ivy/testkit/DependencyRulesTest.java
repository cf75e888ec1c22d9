package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dependencies point down: core imports no backend, frontend or tracer; frontends and the tracer
 * import no backend and no native framework. Checked on the sources' import lines.
 */
class DependencyRulesTest {
  @ParameterizedTest(name = "{0} imports nothing matching {1}")
  @CsvSource({
    "ivy-core, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|torch|tf)|dev\\.ivy\\.frontend|dev\\.ivy\\.trace|dev\\.ivy\\.onnx|dev\\.ivy\\.testkit|org\\.nd4j|ai\\.djl|org\\.tensorflow)'",
    "ivy-onnx, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|torch|tf)|dev\\.ivy\\.frontend|dev\\.ivy\\.testkit|org\\.nd4j|ai\\.djl|org\\.tensorflow)'",
    "ivy-frontends, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|torch|tf)|dev\\.ivy\\.dispatch\\.EagerInterpreter|org\\.nd4j|ai\\.djl|org\\.tensorflow)'",
    "ivy-tracer, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|torch|tf)|dev\\.ivy\\.frontend|org\\.nd4j|ai\\.djl|org\\.tensorflow)'",
    "ivy-backend-nd4j, '^import (static )?(dev\\.ivy\\.backend\\.(torch|tf)|dev\\.ivy\\.frontend|dev\\.ivy\\.trace|ai\\.djl|org\\.tensorflow)'",
    "ivy-backend-djl-pytorch, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|tf)|dev\\.ivy\\.frontend|dev\\.ivy\\.trace|org\\.nd4j|org\\.tensorflow)'",
    "ivy-backend-tfjava, '^import (static )?(dev\\.ivy\\.backend\\.(nd4j|torch)|dev\\.ivy\\.frontend|dev\\.ivy\\.trace|org\\.nd4j|ai\\.djl)'"
  })
  void module_importsOnlyWhatItMay(String module, String forbidden) throws IOException {
    Path src = DocExamplesTest.root().resolve(module).resolve("src/main/java");
    Pattern p = Pattern.compile(forbidden);
    List<String> offenders = new ArrayList<>();
    if (Files.isDirectory(src)) {
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f :
            (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
          for (String line : Files.readAllLines(f)) {
            if (p.matcher(line.trim()).find()) {
              offenders.add(src.relativize(f) + ": " + line.trim());
            }
          }
        }
      }
    }
    assertEquals(List.of(), offenders, module + " must not depend on these packages");
  }
}
