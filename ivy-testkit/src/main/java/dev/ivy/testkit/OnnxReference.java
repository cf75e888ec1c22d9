package dev.ivy.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.onnx.OnnxModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference file of {@code conformance/models} ({@code NAME.json}: the model file name, its
 * {@code inputs} and the {@code outputs} PyTorch computed, as arrays of the case format, and {@code
 * rtol}/{@code atol}), and the check of a model's outputs against it.
 */
public final class OnnxReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final JsonNode root;

  private OnnxReference(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** Reads a reference file. */
  public static OnnxReference read(Path file) {
    try {
      return new OnnxReference(file, JSON.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns the model file named by the reference (beside it). */
  public Path model() {
    String m = root.path("model").asText(file.getFileName().toString().replace(".json", ".onnx"));
    return file.resolveSibling(m);
  }

  /** Returns the relative tolerance (1e-4 when the file gives none). */
  public double rtol() {
    return root.path("rtol").asDouble(1e-4);
  }

  /** Returns the absolute tolerance (1e-5 when the file gives none). */
  public double atol() {
    return root.path("atol").asDouble(1e-5);
  }

  /**
   * Returns the inputs as arrays of backend {@code backend}, by graph input name: a JSON object
   * gives names; a list is matched to the model's inputs in order.
   */
  public Map<String, Array> inputs(OnnxModel m, String backend) {
    return decode(root.get("inputs"), m, backend);
  }

  /** Decodes a JSON value of inputs (an object by name or a list in order) for {@code m}. */
  public static Map<String, Array> decode(JsonNode in, OnnxModel m, String backend) {
    Map<String, Array> r = new LinkedHashMap<>();
    try (Ivy.BackendScope b = Ivy.withBackend(backend)) {
      if (in.isObject() && !in.has("array")) {
        in.fields()
            .forEachRemaining(e -> r.put(e.getKey(), (Array) CaseRunner.decode(e.getValue())));
      } else {
        List<JsonNode> l = new ArrayList<>();
        if (in.isArray()) {
          in.forEach(l::add);
        } else {
          l.add(in);
        }
        if (l.size() != m.inputs().size()) {
          throw new IllegalArgumentException(
              "expected " + m.inputs().size() + " inputs " + m.inputs() + "; got " + l.size());
        }
        for (int i = 0; i < l.size(); i++) {
          r.put(m.inputs().get(i).name(), (Array) CaseRunner.decode(l.get(i)));
        }
      }
    }
    return r;
  }

  /**
   * Compares {@code outputs} (in graph order) with the reference outputs within its tolerances and
   * returns the mismatches (empty when all match).
   */
  public List<String> compare(List<Array> outputs) {
    JsonNode want = root.get("outputs");
    List<JsonNode> l = new ArrayList<>();
    if (want.isArray()) {
      want.forEach(l::add);
    } else if (want.isObject() && !want.has("array")) {
      want.forEach(l::add);
    } else {
      l.add(want);
    }
    List<String> bad = new ArrayList<>();
    if (l.size() != outputs.size()) {
      bad.add("expected " + l.size() + " outputs; got " + outputs.size());
      return bad;
    }
    for (int i = 0; i < l.size(); i++) {
      String w = CaseRunner.compare(l.get(i), outputs.get(i), rtol(), atol(), "output " + i);
      if (w != null) {
        bad.add(w);
      }
    }
    return bad;
  }
}
