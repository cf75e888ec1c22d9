package dev.ivy.onnx;

import dev.ivy.Array;
import dev.ivy.Ivy;
import dev.ivy.ops.Manipulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RNN, GRU and LSTM (layout 0: X [seq, batch, input]), unrolled over the sequence with core
 * functions; default activations only.
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
    String note = "layout 0, default activations, no clip, no sequence_lens";
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

  private static List<Array> run(NodeContext c, Kind kind) {
    Array x = c.in(0);
    Array w = c.in(1);
    Array rw = c.in(2);
    if (c.i("layout", 0) != 0) {
      throw c.error("layout 1 is not supported");
    }
    if (c.opt(4) != null) {
      throw c.error("sequence_lens is not supported");
    }
    if (c.has("clip") || c.i("input_forget", 0) != 0) {
      throw c.error("clip and input_forget are not supported");
    }
    String[] acts = c.strings("activations", null);
    if (acts != null) {
      int dirsN = c.s("direction", "forward").equals("bidirectional") ? 2 : 1;
      for (int i = 0; i < acts.length; i++) {
        if (!acts[i].equals(kind.activations[i % kind.activations.length])) {
          throw c.error(
              "only the default activations %s are supported (per direction, %d directions); got %s",
              Arrays.toString(kind.activations), dirsN, Arrays.toString(acts));
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
}
