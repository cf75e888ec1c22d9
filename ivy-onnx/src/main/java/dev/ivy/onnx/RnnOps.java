package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.ops.Coarse;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RNN, GRU and LSTM (layout 0: X [seq, batch, input]; layout 1 transposed to it); default
 * activations only. An LSTM without peepholes and a GRU with linear_before_reset 1 (PyTorch's
 * formula) run as one coarse node per layer ({@link Coarse#lstm}, {@link Coarse#gru}); the others
 * are unrolled over the sequence with core functions.
 */
final class RnnOps {
  private RnnOps() {}

  private enum Kind {
    RNN(1, new String[] {"Tanh"}),
    GRU(3, new String[] {"Sigmoid", "Tanh"}),
    LSTM(4, new String[] {"Sigmoid", "Tanh", "Tanh"});

    final int gates;
    final String[] activations;

    Kind(int gates, String[] activations) {
      this.gates = gates;
      this.activations = activations;
    }
  }

  static void register(OnnxOps.Registrar r) {
    String note =
        "default activations, no clip; sequence_lens only when every length is the sequence"
            + " length";
    r.add("RNN", note, c -> run(c, Kind.RNN));
    r.add("GRU", note, c -> run(c, Kind.GRU));
    r.add("LSTM", note + ", no input_forget", c -> run(c, Kind.LSTM));
  }

  private static Array at(Array a, int i) {
    Array s = NnOps.slice(a, 0, i, i + 1);
    return Ivy.reshape(s, Arrays.copyOfRange(a.shape().dims(), 1, a.rank()));
  }

  private static Array part(Array a, int k, long h) {
    return NnOps.slice(a, a.rank() - 1, k * h, (k + 1) * h);
  }

  /**
   * Runs the layer; layout 1 (batch first: X [N, T, I], initial states [N, D, H]) through the
   * time-major form with the inputs and outputs transposed.
   */
  private static List<Array> run(NodeContext c, Kind kind) {
    long layout = c.i("layout", 0);
    if (layout == 0) {
      return runTimeMajor(c, kind);
    }
    if (layout != 1) {
      throw c.error("layout must be 0 or 1; got %d", layout);
    }
    List<Array> ins = new ArrayList<>(c.inputs());
    for (int i : new int[] {0, 5, 6}) {
      if (i < ins.size() && ins.get(i) != null) {
        ins.set(i, Manipulation.permuteDims(ins.get(i), 1, 0, 2));
      }
    }
    List<Array> out = runTimeMajor(c.withInputs(ins), kind);
    for (int k = 0; k < out.size(); k++) {
      Array a = out.get(k);
      if (a != null) {
        out.set(
            k,
            k == 0
                ? Manipulation.permuteDims(a, 2, 0, 1, 3)
                : Manipulation.permuteDims(a, 1, 0, 2));
      }
    }
    return out;
  }

  private static List<Array> runTimeMajor(NodeContext c, Kind kind) {
    Array x = c.in(0);
    Array w = c.in(1);
    Array rw = c.in(2);
    if (c.opt(4) != null) {
      long[] lens = c.ints(4);
      for (long l : lens) {
        if (l != x.shape().dim(0)) {
          throw c.unsupported(
              "sequence_lens %s (only every length equal to the sequence length %d)",
              Arrays.toString(lens), x.shape().dim(0));
        }
      }
    }
    if (c.has("clip") || c.i("input_forget", 0) != 0) {
      throw c.unsupported("clip or input_forget");
    }
    String[] acts = c.strings("activations", null);
    if (acts != null) {
      int dirsN = c.s("direction", "forward").equals("bidirectional") ? 2 : 1;
      for (int i = 0; i < acts.length; i++) {
        if (!acts[i].equals(kind.activations[i % kind.activations.length])) {
          throw c.unsupported(
              "activations %s (only the defaults %s per direction, %d directions)",
              Arrays.toString(acts), Arrays.toString(kind.activations), dirsN);
        }
      }
    }
    String direction = c.s("direction", "forward");
    int dirs = direction.equals("bidirectional") ? 2 : 1;
    if (!List.of("forward", "reverse", "bidirectional").contains(direction)) {
      throw c.error("direction must be forward, reverse or bidirectional; got '%s'", direction);
    }
    long h = c.i("hidden_size", w.shape().dim(1) / kind.gates);
    long t = x.shape().dim(0);
    long batch = x.shape().dim(1);
    boolean linearBeforeReset = c.i("linear_before_reset", 0) != 0;
    if (coarse(c, kind, x, w, rw, h, linearBeforeReset)) {
      return runCoarse(c, kind, x, w, rw, h, direction);
    }
    Array[] ys = new Array[dirs];
    Array[] hs = new Array[dirs];
    Array[] cs = new Array[dirs];
    for (int d = 0; d < dirs; d++) {
      boolean reverse = direction.equals("reverse") || d == 1;
      Array wt = Manipulation.matrixTranspose(at(w, d));
      Array rt = Manipulation.matrixTranspose(at(rw, d));
      Array wb = null;
      Array rb = null;
      if (c.opt(3) != null) {
        Array b = at(c.opt(3), d);
        wb = NnOps.slice(b, 0, 0, kind.gates * h);
        rb = NnOps.slice(b, 0, kind.gates * h, 2 * kind.gates * h);
      }
      Array hp =
          c.opt(5) != null ? at(c.opt(5), d) : Ivy.zeros(dev.ivy.Shape.of(batch, h), x.dtype());
      Array cp =
          kind == Kind.LSTM && c.opt(6) != null
              ? at(c.opt(6), d)
              : Ivy.zeros(dev.ivy.Shape.of(batch, h), x.dtype());
      Array p = kind == Kind.LSTM && c.opt(7) != null ? at(c.opt(7), d) : null;
      Array[] steps = new Array[(int) t];
      for (int s = 0; s < t; s++) {
        int ti = reverse ? (int) (t - 1 - s) : s;
        Array xw = Ivy.matmul(at(x, ti), wt);
        if (wb != null) {
          xw = Ivy.add(xw, wb);
        }
        Array hr = Ivy.matmul(hp, rt);
        if (rb != null) {
          hr = Ivy.add(hr, rb);
        }
        switch (kind) {
          case RNN:
            hp = Ivy.tanh(Ivy.add(xw, hr));
            break;
          case GRU:
            {
              Array z = Ivy.sigmoid(Ivy.add(part(xw, 0, h), part(hr, 0, h)));
              Array rg = Ivy.sigmoid(Ivy.add(part(xw, 1, h), part(hr, 1, h)));
              Array cand;
              if (linearBeforeReset) {
                cand = Ivy.tanh(Ivy.add(part(xw, 2, h), Ivy.multiply(rg, part(hr, 2, h))));
              } else {
                Array rh = Ivy.matmul(Ivy.multiply(rg, hp), part(rt, 2, h));
                if (rb != null) {
                  rh = Ivy.add(rh, part(rb, 2, h));
                }
                cand = Ivy.tanh(Ivy.add(part(xw, 2, h), rh));
              }
              hp = Ivy.add(Ivy.multiply(Ivy.subtract(1.0, z), cand), Ivy.multiply(z, hp));
              break;
            }
          default:
            {
              Array g = Ivy.add(xw, hr);
              Array ig = part(g, 0, h);
              Array og = part(g, 1, h);
              Array fg = part(g, 2, h);
              if (p != null) {
                ig = Ivy.add(ig, Ivy.multiply(part(p, 0, h), cp));
                fg = Ivy.add(fg, Ivy.multiply(part(p, 2, h), cp));
              }
              Array i = Ivy.sigmoid(ig);
              Array f = Ivy.sigmoid(fg);
              cp = Ivy.add(Ivy.multiply(f, cp), Ivy.multiply(i, Ivy.tanh(part(g, 3, h))));
              if (p != null) {
                og = Ivy.add(og, Ivy.multiply(part(p, 1, h), cp));
              }
              hp = Ivy.multiply(Ivy.sigmoid(og), Ivy.tanh(cp));
            }
        }
        steps[ti] = hp;
      }
      ys[d] = Ivy.stack(Arrays.asList(steps), 0);
      hs[d] = hp;
      cs[d] = cp;
    }
    List<Array> out = new ArrayList<>();
    out.add(Ivy.stack(Arrays.asList(ys), 1));
    out.add(Ivy.stack(Arrays.asList(hs), 0));
    out.add(Ivy.stack(Arrays.asList(cs), 0));
    return out;
  }

  /** ONNX's LSTM gate blocks (i, o, f, c) in PyTorch's order (i, f, c, o). */
  private static final int[] LSTM_ORDER = {0, 2, 3, 1};

  /** GRU (z, r, h) to (r, z, h). */
  private static final int[] GRU_ORDER = {1, 0, 2};

  /**
   * Returns whether the node runs as one coarse LSTM / GRU node: LSTM without peepholes, GRU with
   * linear_before_reset (PyTorch's formula), one floating dtype, W and R of the declared hidden
   * size and X [T >= 1, N, I].
   */
  private static boolean coarse(
      NodeContext c, Kind kind, Array x, Array w, Array rw, long h, boolean linearBeforeReset) {
    if (kind == Kind.RNN
        || (kind == Kind.GRU && !linearBeforeReset)
        || (kind == Kind.LSTM && c.opt(7) != null)) {
      return false;
    }
    if (x.rank() != 3 || x.shape().dim(0) < 1 || !x.dtype().isFloating()) {
      return false;
    }
    for (int i : new int[] {1, 2, 3, 5, 6}) {
      Array a = c.opt(i);
      if (a != null && a.dtype() != x.dtype()) {
        return false;
      }
    }
    long g = kind.gates * h;
    long dirs = c.s("direction", "forward").equals("bidirectional") ? 2 : 1;
    return w.rank() == 3
        && rw.rank() == 3
        && w.shape().dim(0) == dirs
        && w.shape().dim(1) == g
        && w.shape().dim(2) == x.shape().dim(2)
        && rw.shape().dim(1) == g
        && rw.shape().dim(2) == h;
  }

  /**
   * Returns the gate blocks of {@code a} (blocks of h along {@code axis}) in {@code order}, one
   * slice per run of consecutive blocks.
   */
  private static Array reorder(Array a, int axis, long h, int[] order) {
    List<Array> parts = new ArrayList<>();
    for (int i = 0; i < order.length; ) {
      int j = i + 1;
      while (j < order.length && order[j] == order[j - 1] + 1) {
        j++;
      }
      parts.add(NnOps.slice(a, axis, order[i] * h, (order[j - 1] + 1) * h));
      i = j;
    }
    return Manipulation.concat(parts, axis);
  }

  /**
   * Runs the layer as one {@link Coarse#lstm} / {@link Coarse#gru} node: weights and biases
   * reordered to PyTorch's gates, absent biases and states as zeros, a reverse layer on the input
   * flipped in time; Y [T, N, D * H] reshaped and transposed to ONNX's [T, D, N, H].
   */
  private static List<Array> runCoarse(
      NodeContext c, Kind kind, Array x, Array w, Array rw, long h, String direction) {
    int[] order = kind == Kind.LSTM ? LSTM_ORDER : GRU_ORDER;
    long g = kind.gates * h;
    long dirs = w.shape().dim(0);
    long t = x.shape().dim(0);
    long batch = x.shape().dim(1);
    Shape state = Shape.of(dirs, batch, h);
    Array wIh = reorder(w, 1, h, order);
    Array wHh = reorder(rw, 1, h, order);
    Array bIh;
    Array bHh;
    if (c.opt(3) != null) {
      // B is [Wb, Rb]: both halves reordered at once, then split
      int[] both = new int[2 * order.length];
      for (int i = 0; i < order.length; i++) {
        both[i] = order[i];
        both[order.length + i] = order.length + order[i];
      }
      Array b = reorder(c.opt(3), 1, h, both);
      bIh = NnOps.slice(b, 1, 0, g);
      bHh = NnOps.slice(b, 1, g, 2 * g);
    } else {
      bIh = Ivy.zeros(Shape.of(dirs, g), x.dtype());
      bHh = bIh;
    }
    Array h0 = c.opt(5) != null ? c.opt(5) : Ivy.zeros(state, x.dtype());
    boolean reverse = direction.equals("reverse");
    Array xs = reverse ? Manipulation.flip(x, 0) : x;
    Array[] r;
    if (kind == Kind.LSTM) {
      Array c0 = c.opt(6) != null ? c.opt(6) : Ivy.zeros(state, x.dtype());
      r = Coarse.lstm(xs, h0, c0, wIh, wHh, bIh, bHh);
    } else {
      r = Coarse.gru(xs, h0, wIh, wHh, bIh, bHh);
    }
    List<Array> out = new ArrayList<>();
    if (c.wantsOutput(0)) {
      Array y = reverse ? Manipulation.flip(r[0], 0) : r[0];
      Shape split = Shape.of(t, batch, dirs, h);
      out.add(Manipulation.permuteDims(Manipulation.reshape(y, split), 0, 2, 1, 3));
    } else {
      out.add(null);
    }
    out.addAll(Arrays.asList(r).subList(1, r.length));
    return out;
  }
}
