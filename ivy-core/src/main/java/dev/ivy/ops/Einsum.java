package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.dispatch.Dispatcher;
import dev.ivy.prim.Params;
import dev.ivy.prim.Prim;
import dev.ivy.rules.TypePromotion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Einstein summation ({@code einsum}) with NumPy's semantics, written as diagonals, sums and
 * batched matrix products of the operands taken pairwise from left to right.
 */
public final class Einsum {
  private static final String FN = "einsum";

  /** Labels 0..51 are 'A'..'Z', 'a'..'z' (character order); ellipsis axes come after. */
  private static final int ELL_BASE = 52;

  /** Marks the ellipsis while parsing. */
  private static final int ELL = -1;

  private Einsum() {}

  /**
   * Returns the Einstein summation of {@code operands} described by {@code equation}, as NumPy's
   * {@code einsum}: {@code "ij,jk->ik"} is a matrix product, {@code "ii->i"} a diagonal, {@code
   * "ii"} a trace, {@code "ij->"} a total sum, {@code "...ij,...jk->...ik"} a batched product.
   *
   * <p>Each comma-separated term names the axes of one operand with letters ({@code a-z}, {@code
   * A-Z}); {@code ...} stands for the remaining axes, which broadcast across operands (aligned on
   * the right). A label repeated within one operand takes its diagonal. Labels that are not in the
   * output are summed over. Without {@code ->} (implicit mode) the output holds the broadcast
   * ellipsis axes, then the labels that appear exactly once, in character order (upper case before
   * lower case). Axes of size 1 broadcast against the same label's size elsewhere.
   *
   * <p>Dtypes promote as in NumPy ({@code result_type} of the operands) and the sums accumulate in
   * that dtype; bool operands give bool (logical or of ands). Whitespace is ignored.
   *
   * <pre>{@code
   * einsum("ij,jk", [[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]
   * einsum("ii", [[1, 2], [3, 4]]) == 5
   * }</pre>
   *
   * @throws dev.ivy.errors.IvyArgumentException for a malformed equation, a term count that does
   *     not match the operands, a term whose label count does not match its operand's rank, an
   *     output label that is repeated or in no input, or a label whose sizes differ (naming the
   *     operand and the label)
   */
  public static Array einsum(String equation, Array... operands) {
    Checks.check(equation != null, FN, "equation must be a string; got null");
    Checks.check(
        operands.length >= 1, FN, "at least one operand is required; got %s", operands.length);
    String eq = equation.replaceAll("\\s", "");
    for (char c : eq.toCharArray()) {
      Checks.check(
          isLetter(c) || c == ',' || c == '.' || c == '-' || c == '>',
          FN,
          "equation must hold letters, ',', '...' and '->' only; got '%s'",
          equation);
    }
    int arrow = eq.indexOf("->");
    Checks.check(
        eq.indexOf('>') == (arrow < 0 ? -1 : arrow + 1)
            && eq.lastIndexOf('>') == eq.indexOf('>')
            && eq.indexOf('-') == arrow
            && eq.lastIndexOf('-') == arrow,
        FN,
        "equation may hold '->' once, and '-' or '>' only there; got '%s'",
        equation);
    String lhs = arrow < 0 ? eq : eq.substring(0, arrow);
    String rhs = arrow < 0 ? null : eq.substring(arrow + 2);
    Checks.check(
        rhs == null || rhs.indexOf(',') < 0,
        FN,
        "the output subscripts must not hold ','; got '%s'",
        equation);
    String[] terms = lhs.split(",", -1);
    Checks.check(
        terms.length == operands.length,
        FN,
        "equation '%s' has %s operand terms but %s operands were given",
        equation,
        terms.length,
        operands.length);

    // ---- labels per operand, with ellipsis axes numbered right-aligned
    int n = operands.length;
    int[][] parsed = new int[n][];
    int[] ellDims = new int[n];
    int maxEll = 0;
    for (int k = 0; k < n; k++) {
      parsed[k] = parseTerm(terms[k], "operand " + k, equation);
      int named = 0;
      boolean ell = false;
      for (int l : parsed[k]) {
        if (l == ELL) {
          ell = true;
        } else {
          named++;
        }
      }
      int rank = operands[k].rank();
      Checks.check(
          ell ? named <= rank : named == rank,
          FN,
          "operand %s has rank %s but its subscripts '%s' name %s%s axes",
          k,
          rank,
          terms[k],
          ell ? "at least " : "",
          named);
      ellDims[k] = ell ? rank - named : 0;
      maxEll = Math.max(maxEll, ellDims[k]);
    }
    int[][] labels = new int[n][];
    for (int k = 0; k < n; k++) {
      labels[k] = expandEllipsis(parsed[k], ellDims[k], maxEll);
    }

    // ---- sizes per label (size 1 broadcasts)
    long[] size = new long[ELL_BASE + maxEll];
    int[] sizeFrom = new int[size.length];
    Arrays.fill(size, -1);
    for (int k = 0; k < n; k++) {
      long[] d = operands[k].shape().dims();
      for (int i = 0; i < d.length; i++) {
        int l = labels[k][i];
        for (int j = 0; j < i; j++) {
          Checks.check(
              labels[k][j] != l || d[j] == d[i],
              FN,
              "operand %s repeats label '%s' on axes of different sizes %s and %s",
              k,
              name(l),
              d[j],
              d[i]);
        }
        if (size[l] < 0 || size[l] == 1) {
          size[l] = d[i];
          sizeFrom[l] = k;
        } else {
          Checks.check(
              d[i] == 1 || d[i] == size[l],
              FN,
              "operand %s has size %s for label '%s'; expected %s (as in operand %s) or 1",
              k,
              d[i],
              name(l),
              size[l],
              sizeFrom[l]);
        }
      }
    }

    // ---- output labels
    int[] count = new int[size.length];
    for (int[] ls : labels) {
      for (int l : ls) {
        count[l]++;
      }
    }
    int[] out;
    if (rhs == null) {
      List<Integer> o = new ArrayList<>();
      for (int e = 0; e < maxEll; e++) {
        o.add(ELL_BASE + e);
      }
      for (int l = 0; l < ELL_BASE; l++) {
        if (count[l] == 1) {
          o.add(l);
        }
      }
      out = o.stream().mapToInt(Integer::intValue).toArray();
    } else {
      int[] p = parseTerm(rhs, "the output", equation);
      boolean ell = false;
      for (int l : p) {
        ell |= l == ELL;
      }
      Checks.check(
          ell || maxEll == 0,
          FN,
          "the output subscripts '%s' must hold '...' to keep the %s broadcast axes of the"
              + " operands' ellipsis",
          rhs,
          maxEll);
      out = expandEllipsis(p, maxEll, maxEll);
      boolean[] seen = new boolean[size.length];
      for (int l : out) {
        Checks.check(
            l >= ELL_BASE || count[l] > 0,
            FN,
            "output label '%s' must appear in an operand's subscripts; got '%s'",
            name(l),
            equation);
        Checks.check(
            !seen[l], FN, "output label '%s' must not repeat; got '%s'", name(l), equation);
        seen[l] = true;
      }
    }
    long[] outShape = new long[out.length];
    for (int i = 0; i < out.length; i++) {
      outShape[i] = size[out[i]];
    }

    // ---- dtypes
    DType dt = operands[0].dtype();
    for (Array a : operands) {
      dt = TypePromotion.promote(dt, a.dtype());
    }
    DType rdt = dt;
    DType compute = dt.isBool() ? DType.INT64 : dt;
    for (long s : size) {
      if (s == 0) {
        // a label of size 0 empties the output or sums nothing
        return Creation.onBackend(operands[0], () -> Creation.zeros(Shape.of(outShape), rdt));
      }
    }

    // ---- contract
    boolean[] inOut = new boolean[size.length];
    for (int l : out) {
      inOut[l] = true;
    }
    Array cur = null;
    int[] curLabels = null;
    for (int k = 0; k < n; k++) {
      boolean[] keep = inOut.clone();
      for (int j = k + 1; j < n; j++) {
        for (int l : labels[j]) {
          keep[l] = true;
        }
      }
      Operand op = diagonals(Manipulation.astype(operands[k], compute), labels[k]);
      if (cur == null) {
        cur = op.array;
        curLabels = op.labels;
        Operand c = sumOut(new Operand(cur, curLabels), keep, new int[0], compute);
        cur = c.array;
        curLabels = c.labels;
        continue;
      }
      Operand a = sumOut(new Operand(cur, curLabels), keep, op.labels, compute);
      Operand b = sumOut(op, keep, a.labels, compute);
      Operand c = contract(a, b, keep, size);
      cur = c.array;
      curLabels = c.labels;
    }

    // ---- to the output order
    int[] perm = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      perm[i] = indexOf(curLabels, out[i]);
    }
    Array r = Manipulation.permuteDims(cur, perm);
    r = Manipulation.broadcastTo(r, Shape.of(outShape));
    return dt.isBool() ? Elementwise.notEqual(r, 0L) : Manipulation.astype(r, dt);
  }

  /** An array with one label per axis. */
  private record Operand(Array array, int[] labels) {}

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String name(int l) {
    if (l >= ELL_BASE) {
      return "...";
    }
    return String.valueOf((char) (l < 26 ? 'A' + l : 'a' + l - 26));
  }

  /** Returns the labels of one term, with {@link #ELL} where {@code ...} stands. */
  private static int[] parseTerm(String term, String what, String equation) {
    List<Integer> r = new ArrayList<>();
    boolean ell = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '.') {
        Checks.check(
            term.startsWith("...", i) && !ell,
            FN,
            "the subscripts of %s may hold one '...' and no other '.'; got '%s' in '%s'",
            what,
            term,
            equation);
        ell = true;
        r.add(ELL);
        i += 2;
      } else {
        r.add(c <= 'Z' ? c - 'A' : c - 'a' + 26);
      }
    }
    return r.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns the labels with {@link #ELL} replaced by the last {@code dims} of the ellipsis axes.
   */
  private static int[] expandEllipsis(int[] parsed, int dims, int maxEll) {
    List<Integer> o = new ArrayList<>();
    for (int l : parsed) {
      if (l == ELL) {
        for (int j = 0; j < dims; j++) {
          o.add(ELL_BASE + maxEll - dims + j);
        }
      } else {
        o.add(l);
      }
    }
    return o.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the operand with each repeated label reduced to its diagonal (one axis, last). */
  private static Operand diagonals(Array x, int[] labels) {
    Array a = x;
    int[] ls = labels;
    for (int i = 0; i < ls.length; i++) {
      int l = ls[i];
      List<Integer> at = new ArrayList<>();
      for (int j = 0; j < ls.length; j++) {
        if (ls[j] == l) {
          at.add(j);
        }
      }
      if (at.size() < 2) {
        continue;
      }
      // move the repeated axes last, merge them, and take the elements (t, t, ..., t)
      int[] perm = new int[ls.length];
      int[] rest = new int[ls.length - at.size() + 1];
      int p = 0;
      for (int j = 0; j < ls.length; j++) {
        if (ls[j] != l) {
          rest[p] = ls[j];
          perm[p++] = j;
        }
      }
      for (int j : at) {
        perm[p++] = j;
      }
      rest[rest.length - 1] = l;
      long m = a.shape().dim(at.get(0));
      long merged = 1;
      long step = 0;
      for (int j = 0; j < at.size(); j++) {
        step += merged;
        merged *= m;
      }
      long[] d = a.shape().dims();
      long[] nd = new long[rest.length];
      for (int j = 0; j < rest.length - 1; j++) {
        nd[j] = d[perm[j]];
      }
      nd[nd.length - 1] = merged;
      Array f = Manipulation.reshape(Manipulation.permuteDims(a, perm), Shape.of(nd));
      long[] idx = new long[(int) m];
      for (int t = 0; t < m; t++) {
        idx[t] = t * step;
      }
      a = Dispatcher.bind(Prim.TAKE, new Params.Axis(nd.length - 1), f, Sets.int64(f, idx));
      ls = rest;
      i = -1;
    }
    return new Operand(a, ls);
  }

  /**
   * Returns the operand summed over its labels that are neither kept nor in {@code other}'s labels.
   */
  private static Operand sumOut(Operand op, boolean[] keep, int[] other, DType compute) {
    List<Integer> axes = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < op.labels.length; i++) {
      int l = op.labels[i];
      if (!keep[l] && indexOf(other, l) < 0) {
        axes.add(i);
      } else {
        left.add(l);
      }
    }
    if (axes.isEmpty()) {
      return op;
    }
    Array s =
        Reductions.sum(
            op.array, axes.stream().mapToInt(Integer::intValue).toArray(), false, compute);
    return new Operand(s, left.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns the contraction of two operands: labels in both that are kept become batch axes, labels
   * in both that are not kept are summed by a batched matrix product, the others stay.
   */
  private static Operand contract(Operand a, Operand b, boolean[] keep, long[] size) {
    List<Integer> batch = new ArrayList<>();
    List<Integer> sum = new ArrayList<>();
    List<Integer> freeA = new ArrayList<>();
    List<Integer> freeB = new ArrayList<>();
    for (int l : a.labels) {
      if (indexOf(b.labels, l) >= 0) {
        (keep[l] ? batch : sum).add(l);
      } else {
        freeA.add(l);
      }
    }
    for (int l : b.labels) {
      if (indexOf(a.labels, l) < 0) {
        freeB.add(l);
      }
    }
    Array x = arrange(a, concat(batch, freeA, sum), size);
    Array y = arrange(b, concat(batch, sum, freeB), size);
    long nb = prod(batch, size);
    long m = prod(freeA, size);
    long k = prod(sum, size);
    long nn = prod(freeB, size);
    Array r =
        Linalg.matmul(
            Manipulation.reshape(x, Shape.of(nb, m, k)),
            Manipulation.reshape(y, Shape.of(nb, k, nn)));
    List<Integer> labels = concat(batch, freeA, freeB);
    long[] d = new long[labels.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = size[labels.get(i)];
    }
    return new Operand(
        Manipulation.reshape(r, Shape.of(d)),
        labels.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Returns the operand permuted to {@code order} and broadcast to the labels' full sizes. */
  private static Array arrange(Operand op, List<Integer> order, long[] size) {
    int[] perm = new int[order.size()];
    long[] d = new long[order.size()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = indexOf(op.labels, order.get(i));
      d[i] = size[order.get(i)];
    }
    return Manipulation.broadcastTo(Manipulation.permuteDims(op.array, perm), Shape.of(d));
  }

  @SafeVarargs
  private static List<Integer> concat(List<Integer>... parts) {
    List<Integer> r = new ArrayList<>();
    for (List<Integer> p : parts) {
      r.addAll(p);
    }
    return r;
  }

  private static long prod(List<Integer> labels, long[] size) {
    long p = 1;
    for (int l : labels) {
      p *= size[l];
    }
    return p;
  }
}
