package dev.ivy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ivy.trace.Graph;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TraceToSvg: the DOT file and the SVG picture both hold the traced graph. */
class TraceToSvgTest {
  @Test
  void run_writesTheGraphAsDotAndAsAValidSvg(@TempDir Path dir) throws Exception {
    var r = Captured.run(out -> TraceToSvg.run(new String[] {dir.toString()}, out));
    assertEquals("", r.err());
    TraceToSvg.Result result = r.result();
    Graph g = result.graph();
    assertTrue(r.out().startsWith("graph(%0:float32[8], %1:float32[8]) {"), r.out());

    String dot = Files.readString(result.dot());
    assertTrue(dot.startsWith("digraph ivy {") && dot.endsWith("}\n"), dot);
    assertEquals(count(dot, "\\{"), count(dot, "\\}"), "balanced braces");
    for (var n : g.nodes()) {
      assertTrue(dot.contains("label=\"" + n.prim().opName()), n.prim().opName());
    }

    Document svg = parse(result.svg());
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals(2, groups(svg, "input"));
    assertEquals(g.constants().size(), groups(svg, "constant"));
    assertEquals(g.nodes().size(), groups(svg, "op"));
    assertEquals(1, groups(svg, "output"));
    // one edge per (distinct) operand of each node, plus one into the output
    long edges =
        g.nodes().stream()
                .mapToLong(n -> java.util.Arrays.stream(n.inputs()).distinct().count())
                .sum()
            + 1;
    assertEquals(edges, svg.getElementsByTagName("path").getLength() - 1, "edges (+ the arrow)");
    // every box lies inside the picture
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));
    NodeList rects = svg.getElementsByTagName("rect");
    for (int i = 1; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      double x = Double.parseDouble(rect.getAttribute("x"));
      double y = Double.parseDouble(rect.getAttribute("y"));
      assertTrue(x >= 0 && x + Double.parseDouble(rect.getAttribute("width")) <= width);
      assertTrue(y >= 0 && y + Double.parseDouble(rect.getAttribute("height")) <= height);
    }
    assertTrue(svg.getDocumentElement().getTextContent().contains("reduce_sum"));
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
  }

  private static int groups(Document svg, String kind) {
    NodeList gs = svg.getElementsByTagName("g");
    int n = 0;
    for (int i = 0; i < gs.getLength(); i++) {
      n += kind.equals(((Element) gs.item(i)).getAttribute("class")) ? 1 : 0;
    }
    return n;
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
