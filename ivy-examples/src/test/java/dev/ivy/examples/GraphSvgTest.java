package dev.ivy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.trace.Graph;
import dev.ivy.trace.Tracer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GraphSvg's layout: control flow as one box, long edges bent through points. */
class GraphSvgTest {
  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void svg_condNode_isOneBoxNamingItsBodies() {
    Graph g =
        Tracer.trace(
            x ->
                Ivy.cond(
                        Ivy.greater(Ivy.sum(x), 0.0),
                        a -> List.of(Ivy.negative(a.get(0))),
                        a -> List.of(a.get(0)),
                        x)
                    .get(0),
            Ivy.zeros(3));
    String svg = GraphSvg.svg(g);
    assertTrue(svg.contains(">cond (2 bodies)</text>"), svg);
    assertEquals(g.nodes().size(), count(svg, "<g class=\"op\">"), svg);
  }

  @Test
  void svg_anEdgeSkippingLayers_isOneCurveThroughAPointPerLayer() {
    // x feeds exp (layer 1) and the add two layers further down: that edge has 3 segments
    Graph g = Tracer.trace((Array x) -> Ivy.add(Ivy.exp(Ivy.exp(x)), x), Ivy.zeros(2));
    String svg = GraphSvg.svg(g);
    assertEquals(1, count(svg, "<path d=\"M[^\"]*C[^\"]*C[^\"]*C[^\"]*\""), svg);
    assertEquals(1, count(svg, "<g class=\"input\">"));
    assertEquals(1, count(svg, "<g class=\"output\">"));
  }
}
