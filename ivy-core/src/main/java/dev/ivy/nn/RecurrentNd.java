package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Random;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The shared body of PyTorch's LSTM and GRU (gate order i, f, g, o and r, z, n). */
abstract class RecurrentNd extends Module {
  private final String fn;
  private final boolean lstm;
  private final int gates;
  private final long inputSize;
  private final long hiddenSize;
  private final int numLayers;
  private final boolean hasBias;
  private final boolean batchFirst;
  private final double dropout;
  private final int directions;

  RecurrentNd(
      String fn,
      boolean lstm,
      long inputSize,
      long hiddenSize,
      int numLayers,
      boolean bias,
      boolean batchFirst,
      double dropout,
      boolean bidirectional,
      DType dtype,
      Long seed) {
    this.fn = fn;
    this.lstm = lstm;
    this.gates = lstm ? 4 : 3;
    Init.positive(fn, "inputSize", inputSize);
    Init.positive(fn, "hiddenSize", hiddenSize);
    Init.positive(fn, "numLayers", numLayers);
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IvyArgumentException(fn + ": dropout must be in [0, 1); got " + dropout);
    }
    DType dt = Init.floatDtype(fn, dtype);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.numLayers = numLayers;
    this.hasBias = bias;
    this.batchFirst = batchFirst;
    this.dropout = dropout;
    this.directions = bidirectional ? 2 : 1;
    double bound = 1.0 / Math.sqrt(hiddenSize);
    int k = 0;
    long g = gates * hiddenSize;
    for (int l = 0; l < numLayers; l++) {
      long in = l == 0 ? inputSize : hiddenSize * directions;
      for (int d = 0; d < directions; d++) {
        String sfx = suffix(l, d);
        addVariable(
            "weight_ih" + sfx, Init.uniform(Shape.of(g, in), bound, dt, Init.sub(seed, k++)));
        addVariable(
            "weight_hh" + sfx,
            Init.uniform(Shape.of(g, hiddenSize), bound, dt, Init.sub(seed, k++)));
        if (bias) {
          addVariable("bias_ih" + sfx, Init.uniform(Shape.of(g), bound, dt, Init.sub(seed, k++)));
          addVariable("bias_hh" + sfx, Init.uniform(Shape.of(g), bound, dt, Init.sub(seed, k++)));
        }
      }
    }
  }

  private static String suffix(int layer, int direction) {
    return "_l" + layer + (direction == 1 ? "_reverse" : "");
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return forward(List.of(x), v).get(0);
  }

  @Override
  protected List<Array> forward(List<Array> inputs, Variables v) {
    int states = lstm ? 2 : 1;
    if (inputs.size() > 1 + states) {
      throw new IvyArgumentException(
          fn
              + ".call: takes x"
              + (lstm ? ", h0, c0" : ", h0")
              + " (at most "
              + (1 + states)
              + " inputs); got "
              + inputs.size());
    }
    Array x = inputs.get(0);
    boolean unbatched = x.rank() == 2;
    if ((x.rank() != 2 && x.rank() != 3) || x.shape().dim(-1) != inputSize) {
      throw new IvyArgumentException(
          fn
              + ": x must be [L, N, "
              + inputSize
              + "] ([N, L, "
              + inputSize
              + "] with batchFirst, or unbatched [L, "
              + inputSize
              + "]); got shape "
              + x.shape());
    }
    Array seq = unbatched ? Ivy.expandDims(x, 1) : batchFirst ? Ivy.permuteDims(x, 1, 0, 2) : x;
    long n = seq.shape().dim(1);
    long stack = (long) numLayers * directions;
    Shape stateShape = Shape.of(stack, n, hiddenSize);
    Array[] init = new Array[states];
    for (int i = 0; i < states; i++) {
      Array s = inputs.size() > 1 + i ? inputs.get(1 + i) : null;
      if (s == null) {
        try (var on = Ivy.withBackend(x.backendName())) {
          init[i] = Ivy.zeros(stateShape, x.dtype().isFloating() ? x.dtype() : DType.FLOAT32);
        }
      } else {
        Array s3 = unbatched && s.rank() == 2 ? Ivy.expandDims(s, 1) : s;
        if (!s3.shape().equals(stateShape)) {
          throw new IvyArgumentException(
              fn
                  + ": "
                  + (i == 0 ? "h0" : "c0")
                  + " must have shape "
                  + (unbatched ? Shape.of(stack, hiddenSize) : stateShape)
                  + "; got "
                  + s.shape());
        }
        init[i] = s3;
      }
    }
    List<Array> hn = new ArrayList<>();
    List<Array> cn = new ArrayList<>();
    Array layerIn = seq;
    for (int l = 0; l < numLayers; l++) {
      List<Array> outs = new ArrayList<>();
      for (int d = 0; d < directions; d++) {
        int idx = l * directions + d;
        Array h = Ivy.getItem(init[0], (long) idx);
        Array c = lstm ? Ivy.getItem(init[1], (long) idx) : null;
        Array[] r = run(layerIn, h, c, v, suffix(l, d), d == 1);
        outs.add(r[0]);
        hn.add(r[1]);
        if (lstm) {
          cn.add(r[2]);
        }
      }
      layerIn = outs.size() == 1 ? outs.get(0) : Ivy.concat(outs, -1);
      if (dropout > 0 && isTraining() && l < numLayers - 1) {
        layerIn = Random.dropout(layerIn, dropout, true, null, true, null, null);
      }
    }
    Array out =
        unbatched
            ? Ivy.squeeze(layerIn, 1)
            : batchFirst ? Ivy.permuteDims(layerIn, 1, 0, 2) : layerIn;
    List<Array> r = new ArrayList<>();
    r.add(out);
    r.add(state(hn, unbatched));
    if (lstm) {
      r.add(state(cn, unbatched));
    }
    return Collections.unmodifiableList(r);
  }

  private static Array state(List<Array> parts, boolean unbatched) {
    Array s = Ivy.stack(parts, 0);
    return unbatched ? Ivy.squeeze(s, 1) : s;
  }

  /** Runs one layer in one direction over seq [L, N, in]; returns output [L, N, H], h, c. */
  private Array[] run(Array seq, Array h, Array c, Variables v, String sfx, boolean reverse) {
    Array wih = v.get("weight_ih" + sfx);
    Array whh = v.get("weight_hh" + sfx);
    Array bih = hasBias ? v.get("bias_ih" + sfx) : null;
    Array bhh = hasBias ? v.get("bias_hh" + sfx) : null;
    Array xp = Ivy.linear(seq, wih, bih);
    long len = seq.shape().dim(0);
    Array[] outs = new Array[(int) len];
    for (int s = 0; s < len; s++) {
      int t = reverse ? (int) len - 1 - s : s;
      Array xt = Ivy.getItem(xp, (long) t);
      Array ht = Ivy.linear(h, whh, bhh);
      List<Array> xg = Ivy.split(xt, gates, -1);
      List<Array> hg = Ivy.split(ht, gates, -1);
      if (lstm) {
        Array i = Ivy.sigmoid(Ivy.add(xg.get(0), hg.get(0)));
        Array f = Ivy.sigmoid(Ivy.add(xg.get(1), hg.get(1)));
        Array g = Ivy.tanh(Ivy.add(xg.get(2), hg.get(2)));
        Array o = Ivy.sigmoid(Ivy.add(xg.get(3), hg.get(3)));
        c = Ivy.add(Ivy.multiply(f, c), Ivy.multiply(i, g));
        h = Ivy.multiply(o, Ivy.tanh(c));
      } else {
        Array r = Ivy.sigmoid(Ivy.add(xg.get(0), hg.get(0)));
        Array z = Ivy.sigmoid(Ivy.add(xg.get(1), hg.get(1)));
        Array nn = Ivy.tanh(Ivy.add(xg.get(2), Ivy.multiply(r, hg.get(2))));
        h = Ivy.add(Ivy.multiply(Ivy.subtract(1.0, z), nn), Ivy.multiply(z, h));
      }
      outs[t] = h;
    }
    return new Array[] {Ivy.stack(Arrays.asList(outs), 0), h, c};
  }

  @Override
  protected String name() {
    return fn + "(" + inputSize + ", " + hiddenSize + ")";
  }
}
