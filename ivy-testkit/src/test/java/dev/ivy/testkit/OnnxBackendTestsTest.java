package dev.ivy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ONNX project's own node tests ({@code conformance/onnx-backend-tests/node}, issue 16) through
 * {@link OnnxBackendTests} on every backend: no case crashes or hangs (every error is one of the
 * library's), every refusal is an {@code OnnxException} that names the operator and the opset, and
 * the pass count does not fall below the floor measured when it was last raised.
 */
class OnnxBackendTestsTest {
  /** The pass counts measured per backend; raise them as operators are added. */
  private static final Map<String, Integer> FLOOR = Map.of("nd4j", 829, "torch", 829, "tf", 829);

  private static Path nodeTests() {
    Path d = OracleFiles.conformanceDir().resolve("onnx-backend-tests").resolve("node");
    Assumptions.assumeTrue(Files.isDirectory(d), "no ONNX node tests at " + d);
    return d;
  }

  @ParameterizedTest
  @MethodSource(Backends.BACKENDS)
  void nodeTests_passAtLeastTheFloor_withoutCrashes(String backend) {
    List<OnnxBackendTests.Result> r = OnnxBackendTests.run(nodeTests(), backend);
    assertTrue(r.size() >= 900, "expected the 922 node test cases; found " + r.size());
    String crashes =
        r.stream()
            .filter(OnnxBackendTests.Result::isCrash)
            .map(x -> x.name() + ": " + x.reason())
            .collect(Collectors.joining("\n"));
    assertEquals("", crashes, "cases that crashed or hung on " + backend);
    long passed = OnnxBackendTests.count(r, OnnxBackendTests.Status.PASSED);
    int floor = FLOOR.getOrDefault(backend, 0);
    assertTrue(
        passed >= floor,
        OnnxBackendTests.summary(backend, r) + "; expected at least " + floor + " passed");
  }
}
