package dev.ivy.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a file of reference cases on several backends and summarises the outcomes. */
public final class Conformance {
  private Conformance() {}

  /** How a case is run. */
  public enum Mode {
    /** Called by name, eagerly ({@link CaseRunner#run}). */
    EAGER,
    /** Traced into a graph, then the graph is run ({@link CaseRunner#runTraced}). */
    TRACED
  }

  /** Returns the outcome of every case on every backend, grouped by backend in the given order. */
  public static Map<String, List<Outcome>> run(List<OracleCase> cases, List<String> backends) {
    return run(cases, backends, Mode.EAGER);
  }

  /** Returns the outcome of every case on every backend in {@code mode}, grouped by backend. */
  public static Map<String, List<Outcome>> run(
      List<OracleCase> cases, List<String> backends, Mode mode) {
    Map<String, List<Outcome>> r = new LinkedHashMap<>();
    for (String b : backends) {
      List<Outcome> out = new ArrayList<>();
      for (OracleCase c : cases) {
        out.add(mode == Mode.EAGER ? CaseRunner.run(c, b) : CaseRunner.runTraced(c, b));
      }
      r.put(b, out);
    }
    return r;
  }

  /** Returns the number of outcomes with {@code status}. */
  public static long count(List<Outcome> outcomes, Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** Writes every outcome (case id, backend, status, reason) as a JSON report. */
  public static void writeReport(Map<String, List<Outcome>> results, Path file) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    ArrayNode all = root.putArray("cases");
    for (Map.Entry<String, List<Outcome>> e : results.entrySet()) {
      ObjectNode s = summary.putObject(e.getKey());
      for (Outcome.Status st : Outcome.Status.values()) {
        s.put(st.toString(), count(e.getValue(), st));
      }
      for (Outcome o : e.getValue()) {
        ObjectNode n = all.addObject();
        n.put("id", o.caseId());
        n.put("backend", o.backend());
        n.put("status", o.status().toString());
        n.put("reason", o.reason());
      }
    }
    try {
      m.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("conformance: cannot write report " + file, e);
    }
  }
}
