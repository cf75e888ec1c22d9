package dev.ivy.examples;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Traces a function (a Huber loss) into a graph of primitives, prints it, and saves it as a
 * Graphviz DOT file ({@link Graph#toDot()}) and as an SVG picture ({@link GraphSvg}, a small
 * layered layout: no native Graphviz needed).
 *
 * <p>Run it from the repository root, after {@code mvn -B -DskipTests package -pl ivy-examples -am}
 * (see {@code ivy-examples/README.md}):
 *
 * <pre>
 * java -Xss4m -Dai.djl.offline=true -cp "ivy-examples/target/classes:ivy-examples/target/lib/*" \
 *     dev.ivy.examples.TraceToSvg out
 * </pre>
 *
 * <p>The argument is the folder to write {@code huber.dot} and {@code huber.svg} to (default: the
 * current folder). With Graphviz installed, {@code dot -Tsvg out/huber.dot} draws the DOT file too.
 */
public final class TraceToSvg {
  /**
   * What a run gives.
   *
   * @param graph the traced graph
   * @param dot the DOT file
   * @param svg the SVG file
   */
  public record Result(Graph graph, Path dot, Path svg) {}

  private TraceToSvg() {}

  /** Huber loss: quadratic below delta, linear above. */
  static Array huber(Array pred, Array target, double delta) {
    Array err = Ivy.abs(Ivy.subtract(pred, target));
    Array quadratic = Ivy.multiply(Ivy.square(err), 0.5);
    Array linear = Ivy.multiply(Ivy.subtract(err, 0.5 * delta), delta);
    return Ivy.mean(Ivy.where(Ivy.less(err, delta), quadratic, linear));
  }

  /** Runs the example with the argument above, printing to stdout. */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** Runs the example with the argument above, printing to {@code out}; returns the files. */
  public static Result run(String[] args, PrintStream out) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    Array pred = Ivy.zeros(8);
    Array target = Ivy.zeros(8);
    Graph graph = Tracer.trace((p, t) -> huber(p, t, 1.0), pred, target);
    out.print(graph);

    Path dot = Files.writeString(dir.resolve("huber.dot"), graph.toDot());
    Path svg = Files.writeString(dir.resolve("huber.svg"), GraphSvg.svg(graph));
    out.println("wrote " + dot + " and " + svg);
    return new Result(graph, dot, svg);
  }
}
