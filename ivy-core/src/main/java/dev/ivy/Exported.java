package dev.ivy;

import dev.ivy.backend.ExportSpec;
import dev.ivy.errors.IvyArgumentException;
import java.nio.file.Path;

/**
 * What {@link TracedFunction#export} made: the framework's own object and the names it was made
 * with, so that a caller who let the names default knows how to feed it.
 *
 * <p>The object's type depends on the target, which core cannot name: {@code "tf"} writes a
 * SavedModel directory and gives its {@link Path}, {@code "onnx"} writes a model file and gives its
 * {@link Path}, {@code "torch"} gives an {@code ai.djl.nn.Block}, {@code "nd4j"} an {@code
 * org.nd4j.autodiff.samediff.SameDiff}. {@link #as(Class)} returns it typed, checked, without a
 * cast at the call site.
 *
 * <pre>{@code
 * Exported e = model.traceGraph(x).export("tf", dir);
 * Path saved = e.path();
 * e.spec().inputNames();   // [input_0, fc1/weight, fc1/bias, ...]
 * SameDiff sd = model.traceGraph(x).export("nd4j").as(SameDiff.class);
 * }</pre>
 *
 * @param target the export target ({@code "tf"}, {@code "torch"}, {@code "nd4j"}, {@code "onnx"})
 * @param value the exported object
 * @param spec the input and output names and the variables it was exported with
 */
public record Exported(String target, Object value, ExportSpec spec) {
  /**
   * Checks the parts.
   *
   * @throws IvyArgumentException if one is null
   */
  public Exported {
    dev.ivy.ops.Checks.check(
        target != null && value != null && spec != null,
        "export",
        "the target, the exported object and the spec must not be null; got %s, %s, %s",
        target,
        value,
        spec);
  }

  /**
   * Returns the exported object as a {@code type}.
   *
   * @param type what the caller expects ({@code Path.class}, {@code Block.class}, {@code
   *     SameDiff.class}...)
   * @throws IvyArgumentException if the object is not a {@code type}, naming what it is
   */
  public <T> T as(Class<T> type) {
    dev.ivy.ops.Checks.check(
        type != null && type.isInstance(value),
        "export",
        "the %s export is a %s; asked for %s",
        target,
        value.getClass().getName(),
        type == null ? "null" : type.getName());
    return type.cast(value);
  }

  /**
   * Returns the file or directory written, for targets that write one ({@code "tf"}: the SavedModel
   * directory; {@code "onnx"}: the model file).
   *
   * @throws IvyArgumentException if this export wrote no file
   */
  public Path path() {
    return as(Path.class);
  }
}
