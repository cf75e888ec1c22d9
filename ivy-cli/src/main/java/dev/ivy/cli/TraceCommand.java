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

/**
 * {@code bin/ivy trace}: traces the call of one reference case (its array arguments become the
 * graph's inputs, everything else is static) and prints the graph as text or Graphviz DOT.
 */
final class TraceCommand {
  private TraceCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    String cases = null;
    String id = null;
    String backend = null;
    boolean dot = false;
    boolean optimize = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dot":
          dot = true;
          break;
        case "--optimize":
          optimize = true;
          break;
        case "--cases":
        case "--id":
        case "--backend":
          if (i + 1 >= args.length) {
            err.println("ivy trace: option " + args[i] + " needs a value");
            return 2;
          }
          String v = args[++i];
          if (args[i - 1].equals("--cases")) {
            cases = v;
          } else if (args[i - 1].equals("--id")) {
            id = v;
          } else {
            backend = v;
          }
          break;
        default:
          err.println("ivy trace: unknown option " + args[i]);
          return 2;
      }
    }
    if (cases == null || id == null) {
      err.println("ivy trace: --cases FILE.jsonl and --id CASE_ID are required");
      return 2;
    }
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
