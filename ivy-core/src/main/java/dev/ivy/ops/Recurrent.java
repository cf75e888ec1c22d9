package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The decompositions of the recurrent layers {@link dev.ivy.prim.Prim#LSTM} and {@link
 * dev.ivy.prim.Prim#GRU}: the input projection of every time step in one matrix product, then one
 * step at a time, per direction.
 */
final class Recurrent {
  private Recurrent() {}

  /** Inputs x, h0, c0, wIh, wHh, bIh, bHh; outputs y, hN, cN. */
  static Array[] lstm(Array[] in) {
    return run(true, in[0], in[1], in[2], in[3], in[4], in[5], in[6]);
  }

  /** Inputs x, h0, wIh, wHh, bIh, bHh; outputs y, hN. */
  static Array[] gru(Array[] in) {
    return run(false, in[0], in[1], null, in[2], in[3], in[4], in[5]);
  }

  private static Array dir(Array a, long d) {
    return Manipulation.squeeze(Manipulation.sliceAxis(a, 0, d, d + 1, 1), 0);
  }

  private static Array part(Array a, long i, long h) {
    return Manipulation.sliceAxis(a, a.rank() - 1, i * h, (i + 1) * h, 1);
  }

  private static Array[] run(
      boolean lstm, Array x, Array h0, Array c0, Array wIh, Array wHh, Array bIh, Array bHh) {
    long t = x.shape().dim(0);
    long n = x.shape().dim(1);
    long dirs = h0.shape().dim(0);
    long h = h0.shape().dim(2);
    long gates = lstm ? 4 : 3;
    Array flat = Manipulation.reshape(x, Shape.of(t * n, x.shape().dim(2)));
    List<Array> ys = new ArrayList<>();
    List<Array> hs = new ArrayList<>();
    List<Array> cs = new ArrayList<>();
    for (long d = 0; d < dirs; d++) {
      Array wi = dir(wIh, d);
      Array whT = Manipulation.matrixTranspose(dir(wHh, d));
      Array bh = dir(bHh, d);
      Array xw =
          Elementwise.add(Linalg.matmul(flat, Manipulation.matrixTranspose(wi)), dir(bIh, d));
      if (lstm) {
        xw = Elementwise.add(xw, bh);
      }
      xw = Manipulation.reshape(xw, Shape.of(t, n, gates * h));
      Array hc = dir(h0, d);
      Array cc = lstm ? dir(c0, d) : null;
      Array[] out = new Array[(int) t];
      for (long step = 0; step < t; step++) {
        long ti = d == 0 ? step : t - 1 - step;
        Array xt = Manipulation.squeeze(Manipulation.sliceAxis(xw, 0, ti, ti + 1, 1), 0);
        Array hw = Linalg.matmul(hc, whT);
        if (lstm) {
          Array g = Elementwise.add(xt, hw);
          Array i = Activations.sigmoid(part(g, 0, h));
          Array f = Activations.sigmoid(part(g, 1, h));
          Array c = Elementwise.tanh(part(g, 2, h));
          Array o = Activations.sigmoid(part(g, 3, h));
          cc = Elementwise.add(Elementwise.multiply(f, cc), Elementwise.multiply(i, c));
          hc = Elementwise.multiply(o, Elementwise.tanh(cc));
        } else {
          hw = Elementwise.add(hw, bh);
          Array r = Activations.sigmoid(Elementwise.add(part(xt, 0, h), part(hw, 0, h)));
          Array z = Activations.sigmoid(Elementwise.add(part(xt, 1, h), part(hw, 1, h)));
          Array nn =
              Elementwise.tanh(
                  Elementwise.add(part(xt, 2, h), Elementwise.multiply(r, part(hw, 2, h))));
          // h' = (1 - z) * n + z * h = n + z * (h - n)
          hc = Elementwise.add(nn, Elementwise.multiply(z, Elementwise.subtract(hc, nn)));
        }
        out[(int) ti] = hc;
      }
      ys.add(Manipulation.stack(List.of(out), 0));
      hs.add(hc);
      if (lstm) {
        cs.add(cc);
      }
    }
    Array y = ys.size() == 1 ? ys.get(0) : Manipulation.concat(ys, 2);
    Array hn = Manipulation.stack(hs, 0);
    return lstm ? new Array[] {y, hn, Manipulation.stack(cs, 0)} : new Array[] {y, hn};
  }
}
