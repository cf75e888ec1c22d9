package dev.ivy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.RegisteredFunction;
import dev.ivy.testkit.CaseRunner;
import dev.ivy.testkit.OracleCase;
import dev.ivy.testkit.OracleFiles;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/ivy trace}: traces the call of one reference case (its array arguments become the
 * graph's inputs, everything else is static) and prints the graph as text or Graphviz DOT.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Trace one reference case's call and print its graph as text or Graphviz DOT.")
final class TraceCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--cases", required = true, paramLabel = "FILE.jsonl", description = "the cases")
  String cases;

  @Option(names = "--id", required = true, paramLabel = "CASE_ID", description = "the case")
  String id;

  @Option(names = "--backend", paramLabel = "B", description = "default: the current backend")
  String backend;

  @Option(names = "--dot", description = "print Graphviz DOT")
  boolean dot;

  @Option(names = "--optimize", description = "optimize the graph first")
  boolean optimize;

  TraceCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    OracleCase c = null;
    for (OracleCase k : OracleFiles.read(Paths.get(cases))) {
      if (k.id().equals(id)) {
        c = k;
      }
    }
    if (c == null) {
      err.println("ivy trace: no case " + id + " in " + cases);
      return 2;
    }
    RegisteredFunction f = FunctionRegistry.find(c.frontend(), c.fn());
    if (f == null) {
      err.println("ivy trace: " + c.frontend() + "." + c.fn() + " is not registered");
      return 1;
    }
    try (var b = Ivy.withBackend(backend == null ? Ivy.currentBackend().name() : backend)) {
      List<Object> positional = new ArrayList<>();
      for (JsonNode a : c.args()) {
        positional.add(CaseRunner.decode(a));
      }
      Map<String, Object> kwargs = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = c.kwargs().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        kwargs.put(e.getKey(), CaseRunner.decode(e.getValue()));
      }
      List<Array> inputs = new ArrayList<>();
      for (Object o : positional) {
        if (o instanceof Array a) {
          inputs.add(a);
        }
      }
      RegisteredFunction fn = f;
      Graph g =
          Tracer.trace(
              symbolic -> {
                List<Object> p = new ArrayList<>();
                int k = 0;
                for (Object o : positional) {
                  p.add(o instanceof Array ? symbolic.get(k++) : o);
                }
                return fn.call(p, kwargs);
              },
              inputs);
      if (optimize) {
        g = g.optimize();
      }
      out.print(dot ? g.toDot() : g.toString());
      return 0;
    }
  }
}
