package dev.ivy.ops;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Shape;
import dev.ivy.rules.Broadcasting;
import dev.ivy.rules.TypePromotion;
import java.util.Arrays;

/**
 * Dense layers and attention in functional form, with PyTorch's weight layouts: {@code linear}
 * (weight [out_features, in_features]), {@code embedding}, {@code scaled_dot_product_attention} and
 * {@code multi_head_attention} ([batch, seq, embed] when batch-first, packed in-projection [3E,
 * E]).
 *
 * <p>Dtype rule: the operands promote; integer results compute in the floating dtype NumPy would
 * choose. Attention dropout (while training) zeroes weights with the given probability and scales
 * the rest, drawing its mask from {@link Random#dropout} (this thread's default seed: call {@code
 * Ivy.seed} for repeatable results).
 */
public final class Attention {
  private Attention() {}

  // ------------------------------------------------------------------ dense layers

  /**
   * Returns the affine map x @ weight^T + bias of {@code torch.nn.functional.linear}: weight is
   * [out_features, in_features] (or [in_features], giving no feature axis), bias broadcasts against
   * the result ([out_features]) or is null; x is [..., in_features]. Dtypes promote.
   *
   * @throws dev.ivy.errors.IvyArgumentException if the feature sizes differ or weight's rank is not
   *     1 or 2
   */
  public static Array linear(Array x, Array weight, Array bias) {
    Checks.check(
        weight.rank() == 1 || weight.rank() == 2,
        "linear",
        "weight must have rank 1 or 2 ([out_features, in_features]); got shape %s",
        weight.shape());
    Checks.check(x.rank() >= 1, "linear", "x must have rank >= 1; got shape %s", x.shape());
    Checks.check(
        x.shape().dim(-1) == weight.shape().dim(-1),
        "linear",
        "x.shape[-1] (%s) must equal weight.shape[-1] (in_features, %s); got shapes %s and %s",
        x.shape().dim(-1),
        weight.shape().dim(-1),
        x.shape(),
        weight.shape());
    if (weight.rank() == 2
        && x.dtype().isFloating()
        && weight.dtype() == x.dtype()
        && (bias == null
            || (bias.dtype() == x.dtype()
                && bias.shape().equals(Shape.of(weight.shape().dim(0)))))) {
      return Coarse.linear(x, weight, bias);
    }
    Array w = weight.rank() == 2 ? Manipulation.matrixTranspose(weight) : weight;
    Array y = Linalg.matmul(x, w);
    return bias == null ? y : Elementwise.add(y, bias);
  }

  /**
   * Returns the rows of {@code weights} ([num_embeddings, dim]) at integer {@code indices}: shape
   * indices.shape + [dim]. With {@code maxNorm}, rows whose L2 norm exceeds it are scaled by
   * maxNorm / (norm + 1e-7), as {@code torch.nn.functional.embedding} renormalizes (here without
   * modifying weights).
   *
   * @param maxNorm the largest row norm, or null for none
   * @throws dev.ivy.errors.IvyArgumentException if weights is not 2-d, indices are not integers or
   *     an index is outside [0, num_embeddings)
   */
  public static Array embedding(Array weights, Array indices, Double maxNorm) {
    String fn = "embedding";
    Checks.check(
        weights.rank() == 2,
        fn,
        "weights must have rank 2 ([num_embeddings, embedding_dim]); got shape %s",
        weights.shape());
    Checks.check(
        indices.dtype().isInteger(),
        fn,
        "indices must have an integer dtype; got %s",
        indices.dtype());
    long n = weights.shape().dim(0);
    if (!indices.isSymbolic() && indices.size() > 0) {
      long lo = Reductions.min(indices, null, false).itemLong();
      long hi = Reductions.max(indices, null, false).itemLong();
      Checks.check(
          lo >= 0 && hi < n, fn, "indices must be in [0, %s); got values in [%s, %s]", n, lo, hi);
    }
    Array rows =
        weights.dtype().isBool()
            ? Indexing.take(weights, indices, 0)
            : Coarse.embedding(weights, Manipulation.astype(indices, DType.INT64));
    if (maxNorm == null) {
      return rows;
    }
    Array f = Activations.toFloat(rows);
    Array norm =
        Elementwise.sqrt(Reductions.sum(Elementwise.multiply(f, f), new int[] {-1}, true, null));
    Array scaled =
        Elementwise.multiply(f, Elementwise.divide(maxNorm, Elementwise.add(norm, 1e-7)));
    return Elementwise.where(Elementwise.greater(norm, maxNorm), scaled, f);
  }

  // ------------------------------------------------------------------ attention

  /**
   * The result of {@link #multiHeadAttention}.
   *
   * @param output the attention output, laid out as the query
   * @param weights the attention weights per head: [N, H, L, S] ([H, L, S] unbatched)
   */
  public record MultiHead(Array output, Array weights) {
    /** Returns the attention weights averaged over the heads: [N, L, S] ([L, S] unbatched). */
    public Array averagedWeights() {
      return Reductions.mean(weights, new int[] {-3}, false);
    }
  }

  /**
   * The projection weights and biases of {@link #multiHeadAttention}, in PyTorch's layout; each may
   * be null. Either {@code inProjWeights} ([3E, E], the query, key and value projections stacked)
   * or the separate {@code q/k/vProjWeights} ([E, E_q], [E, E_k], [E, E_v]); {@code inProjBias} is
   * [3E]; without weights the inputs are used as they are.
   *
   * @param inProjWeights the packed input projection [3E, E], or null
   * @param qProjWeights the query projection, or null
   * @param kProjWeights the key projection, or null
   * @param vProjWeights the value projection, or null
   * @param inProjBias the packed input bias [3E], or null
   * @param outProjWeights the output projection [E_out, E], or null
   * @param outProjBias the output bias [E_out], or null
   */
  public record Projections(
      Array inProjWeights,
      Array qProjWeights,
      Array kProjWeights,
      Array vProjWeights,
      Array inProjBias,
      Array outProjWeights,
      Array outProjBias) {
    /** Returns no projections at all (attention of the raw inputs). */
    public static Projections none() {
      return new Projections(null, null, null, null, null, null, null);
    }

    /** Returns the packed layout of {@code torch.nn.MultiheadAttention}. */
    public static Projections packed(Array inW, Array inB, Array outW, Array outB) {
      return new Projections(inW, null, null, null, inB, outW, outB);
    }
  }

  record Attn(Array out, Array weights) {}

  private static void checkDropout(String fn, double p, boolean training) {
    Checks.check(p >= 0 && p <= 1, fn, "dropout_p must be in [0, 1]; got %s", p);
  }

  /** Applies dropout with probability {@code p} to attention weights (all zero when p is 1). */
  private static Array dropWeights(Array w, double p) {
    if (p <= 0) {
      return w;
    }
    if (p >= 1) {
      return Creation.zerosLike(w);
    }
    return Random.dropout(w, p, true, null, true, null, null);
  }

  /**
   * softmax(q @ k^T * scale + masks) @ v over the last two axes. {@code keep} (bool, true takes
   * part) and {@code additive} (float, added to the scores) broadcast against the scores [..., L,
   * S]; rows with nothing to attend to give 0, as PyTorch's safe softmax does.
   */
  static Attn attend(
      Array q,
      Array k,
      Array v,
      double scale,
      Array keep,
      Array additive,
      boolean causal,
      double dropout) {
    Array scores = Elementwise.multiply(Linalg.matmul(q, Manipulation.matrixTranspose(k)), scale);
    long l = q.shape().dim(-2);
    long s = k.shape().dim(-2);
    if (causal) {
      Array tri =
          Creation.onBackend(
              scores, () -> Creation.tril(Creation.full(Shape.of(l, s), true, DType.BOOL), 0));
      keep = keep == null ? tri : Elementwise.logicalAnd(keep, tri);
    }
    if (additive != null) {
      scores = Elementwise.add(scores, Manipulation.astype(additive, scores.dtype()));
    }
    if (keep != null) {
      scores = Elementwise.where(keep, scores, Double.NEGATIVE_INFINITY);
    }
    int[] last = {-1};
    Array m = Reductions.max(scores, last, true);
    Array none = Elementwise.equal(m, Double.NEGATIVE_INFINITY);
    Array e = Elementwise.exp(Elementwise.subtract(scores, Elementwise.where(none, 0.0, m)));
    Array w = Elementwise.divide(e, Reductions.sum(e, last, true, null));
    w = dropWeights(Elementwise.where(none, 0.0, w), dropout);
    return new Attn(Linalg.matmul(w, v), w);
  }

  private static DType floatOf(Array... xs) {
    DType dt = xs[0].dtype();
    for (Array x : xs) {
      dt = TypePromotion.promote(dt, x.dtype());
    }
    return Elementwise.floatFor(dt);
  }

  /** Splits a mask into its keep (bool) or additive (float) form. */
  private static Array[] maskParts(String fn, String arg, Array mask, boolean trueMeansKeep) {
    if (mask == null) {
      return new Array[2];
    }
    if (mask.dtype().isBool()) {
      return new Array[] {trueMeansKeep ? mask : Elementwise.logicalNot(mask), null};
    }
    Checks.check(
        mask.dtype().isFloating(), fn, "%s must be bool or floating; got %s", arg, mask.dtype());
    return new Array[] {null, mask};
  }

  /**
   * Returns softmax(query @ key^T * scale + mask) @ value, as {@code
   * torch.nn.functional.scaled_dot_product_attention}.
   *
   * <p>Shapes: query [..., L, E], key [..., S, E], value [..., S, Ev], giving [..., L, Ev]; batch
   * axes broadcast. {@code scale} defaults to 1 / sqrt(E). A bool {@code mask} keeps the positions
   * where it is true; a floating mask is added to the scores; either broadcasts to [..., L, S].
   * {@code isCausal} keeps key j for query i when j &lt;= i (top-left aligned). A query that may
   * attend to no key gets 0 (PyTorch 2.5+; older versions gave NaN).
   *
   * @param scale the score factor, or null for 1 / sqrt(E)
   * @param mask a bool or floating mask, or null
   * @param dropoutP the dropout probability on the attention weights, applied while training
   * @throws dev.ivy.errors.IvyArgumentException if shapes do not fit, a mask and isCausal are both
   *     given, the mask dtype is not bool or floating, or dropout_p is outside [0, 1]
   */
  public static Array scaledDotProductAttention(
      Array query,
      Array key,
      Array value,
      Double scale,
      Array mask,
      double dropoutP,
      boolean isCausal,
      boolean training) {
    String fn = "scaled_dot_product_attention";
    checkDropout(fn, dropoutP, training);
    Checks.check(
        query.rank() >= 2 && key.rank() >= 2 && value.rank() >= 2,
        fn,
        "query, key and value must have rank >= 2; got shapes %s, %s and %s",
        query.shape(),
        key.shape(),
        value.shape());
    Checks.check(
        query.shape().dim(-1) == key.shape().dim(-1),
        fn,
        "query.shape[-1] (%s) must equal key.shape[-1] (%s)",
        query.shape().dim(-1),
        key.shape().dim(-1));
    Checks.check(
        key.shape().dim(-2) == value.shape().dim(-2) && key.shape().dim(-2) > 0,
        fn,
        "key.shape[-2] (%s) must equal value.shape[-2] (%s) and be > 0",
        key.shape().dim(-2),
        value.shape().dim(-2));
    Checks.check(
        mask == null || !isCausal, fn, "mask must be None when is_causal is true; got a mask");
    DType dt = floatOf(query, key, value);
    Array q = Manipulation.astype(query, dt);
    Array k = Manipulation.astype(key, dt);
    Array v = Manipulation.astype(value, dt);
    if (mask != null) {
      long[] qd = q.shape().dims();
      qd[qd.length - 1] = k.shape().dim(-2);
      Broadcasting.broadcast(fn, mask.shape(), Shape.of(qd));
    }
    double sc = scale != null ? scale : 1.0 / Math.sqrt(q.shape().dim(-1));
    if (mask != null && !mask.dtype().isBool()) {
      Checks.check(
          mask.dtype().isFloating(), fn, "mask must be bool or floating; got %s", mask.dtype());
    }
    if (!training || dropoutP <= 0) {
      return attentionNode(q, k, v, mask, sc, isCausal);
    }
    Array[] parts = maskParts(fn, "mask", mask, true);
    return attend(q, k, v, sc, parts[0], parts[1], isCausal, dropoutP).out();
  }

  /**
   * Binds one attention node: the batch dimensions of q, k and v broadcast to one shape and the
   * mask (in q's dtype unless bool) gains leading axes up to the scores' rank.
   */
  private static Array attentionNode(
      Array q, Array k, Array v, Array mask, double scale, boolean causal) {
    String fn = "scaled_dot_product_attention";
    Shape batch = Shape.of(new long[0]);
    for (Array a : new Array[] {q, k, v, mask}) {
      if (a != null && a.rank() > 2) {
        long[] d = a.shape().dims();
        batch = Broadcasting.broadcast(fn, batch, Shape.of(Arrays.copyOf(d, d.length - 2)));
      }
    }
    int r = batch.rank() + 2;
    Array qb = batchTo(q, batch);
    Array kb = batchTo(k, batch);
    Array vb = batchTo(v, batch);
    Array m = mask;
    if (m != null) {
      if (!m.dtype().isBool()) {
        m = Manipulation.astype(m, qb.dtype());
      }
      long[] md = m.shape().dims();
      long[] full = new long[r];
      Arrays.fill(full, 1);
      System.arraycopy(md, 0, full, r - md.length, md.length);
      m = Manipulation.reshape(m, Shape.of(full));
    }
    return Coarse.scaledDotProductAttention(qb, kb, vb, m, scale, causal);
  }

  /** Returns {@code a} [..., X, Y] with its batch dimensions broadcast to {@code batch}. */
  private static Array batchTo(Array a, Shape batch) {
    long[] d = a.shape().dims();
    long[] t = Arrays.copyOf(batch.dims(), batch.rank() + 2);
    t[batch.rank()] = d[d.length - 2];
    t[batch.rank() + 1] = d[d.length - 1];
    return Arrays.equals(d, t) ? a : Manipulation.broadcastTo(a, Shape.of(t));
  }

  /** Returns w's rows [start, stop) along axis 0, or null for a null w. */
  private static Array rows(Array w, long start, long stop) {
    return w == null ? null : Manipulation.sliceAxis(w, 0, start, stop, 1);
  }

  private static Array project(Array x, Array w, Array b) {
    if (w == null) {
      return b == null ? x : Elementwise.add(x, b);
    }
    return linear(x, w, b);
  }

  /**
   * Returns multi-head attention with the weight layout of {@code torch.nn.MultiheadAttention}.
   *
   * <p>Inputs are [N, L, E] when {@code batchFirst} ([L, N, E] otherwise) or unbatched [L, E]; key
   * defaults to query and value to key. Query, key and value are projected (see {@link
   * Projections}), split into {@code numHeads} heads of size E / numHeads, attended with scale
   * {@code scale} (default 1 / sqrt(head size)), joined and projected out.
   *
   * <p>Masks follow {@code torch.nn.MultiheadAttention}, which is the opposite of {@link
   * #scaledDotProductAttention} for bool masks: a true {@code attentionMask} ([L, S] or [N *
   * numHeads, L, S]) or {@code keyPaddingMask} ([N, S]) entry is left out; floating masks are added
   * to the scores. {@code isCausal} adds a causal mask. Queries with no key to attend to give 0.
   *
   * @param scale the score factor, or null for 1 / sqrt(head size)
   * @param dropout the dropout probability on the attention weights, applied while training
   * @throws dev.ivy.errors.IvyArgumentException if shapes do not fit, numHeads does not divide the
   *     embedding size, or dropout is outside [0, 1]
   */
  public static MultiHead multiHeadAttention(
      Array query,
      Array key,
      Array value,
      long numHeads,
      Projections proj,
      Array attentionMask,
      Array keyPaddingMask,
      boolean isCausal,
      Double scale,
      boolean batchFirst,
      double dropout,
      boolean training) {
    String fn = "multi_head_attention";
    checkDropout(fn, dropout, training);
    Checks.check(numHeads > 0, fn, "num_heads must be > 0; got %s", numHeads);
    Array k0 = key == null ? query : key;
    Array v0 = value == null ? k0 : value;
    int rank = query.rank();
    Checks.check(
        (rank == 2 || rank == 3) && k0.rank() == rank && v0.rank() == rank,
        fn,
        "query, key and value must all have rank 3 ([batch, seq, embed]) or 2 (unbatched); got"
            + " shapes %s, %s and %s",
        query.shape(),
        k0.shape(),
        v0.shape());
    Projections p = proj == null ? Projections.none() : proj;
    DType dt = floatOf(query, k0, v0);
    Array q = Manipulation.astype(query, dt);
    Array k = Manipulation.astype(k0, dt);
    Array v = Manipulation.astype(v0, dt);
    boolean unbatched = rank == 2;
    if (unbatched) {
      q = Manipulation.expandDims(q, 0);
      k = Manipulation.expandDims(k, 0);
      v = Manipulation.expandDims(v, 0);
    } else if (!batchFirst) {
      q = Manipulation.swapaxes(q, 0, 1);
      k = Manipulation.swapaxes(k, 0, 1);
      v = Manipulation.swapaxes(v, 0, 1);
    }
    Array wq = p.qProjWeights();
    Array wk = p.kProjWeights();
    Array wv = p.vProjWeights();
    Array inW = p.inProjWeights();
    Array inB = p.inProjBias();
    if (inW != null) {
      Checks.check(
          inW.rank() == 2 && inW.shape().dim(0) % 3 == 0,
          fn,
          "in_proj_weights must have shape [3 * embed_dim, embed_dim]; got %s",
          inW.shape());
      long e = inW.shape().dim(0) / 3;
      wq = rows(inW, 0, e);
      wk = rows(inW, e, 2 * e);
      wv = rows(inW, 2 * e, 3 * e);
    }
    Array bq = null;
    Array bk = null;
    Array bv = null;
    if (inB != null) {
      Checks.check(
          inB.rank() == 1 && inB.shape().dim(0) % 3 == 0,
          fn,
          "in_proj_bias must have shape [3 * embed_dim]; got %s",
          inB.shape());
      long e = inB.shape().dim(0) / 3;
      bq = rows(inB, 0, e);
      bk = rows(inB, e, 2 * e);
      bv = rows(inB, 2 * e, 3 * e);
    }
    q = project(q, wq, bq);
    k = project(k, wk, bk);
    v = project(v, wv, bv);
    long n = q.shape().dim(0);
    long l = q.shape().dim(1);
    long s = k.shape().dim(1);
    long eq = q.shape().dim(2);
    long ev = v.shape().dim(2);
    Checks.check(
        eq % numHeads == 0 && ev % numHeads == 0 && k.shape().dim(2) == eq,
        fn,
        "the projected query and key sizes must be equal and, like the value size, divisible by"
            + " num_heads (%s); got %s, %s and %s",
        numHeads,
        eq,
        k.shape().dim(2),
        ev);
    Checks.check(
        k.shape().dim(0) == n && v.shape().dim(0) == n && v.shape().dim(1) == s && s > 0,
        fn,
        "key and value must have query's batch size and one non-empty sequence length; got"
            + " shapes %s, %s and %s",
        query.shape(),
        k0.shape(),
        v0.shape());
    Array qh = heads(q, numHeads);
    Array kh = heads(k, numHeads);
    Array vh = heads(v, numHeads);
    Array[] am = maskParts(fn, "attention_mask", attentionMask, false);
    for (int i = 0; i < 2; i++) {
      if (am[i] != null) {
        am[i] = attentionMaskShape(fn, am[i], n, numHeads, l, s);
      }
    }
    Array[] kp = maskParts(fn, "key_padding_mask", keyPaddingMask, false);
    for (int i = 0; i < 2; i++) {
      if (kp[i] != null) {
        long[] want = unbatched ? new long[] {s} : new long[] {n, s};
        Checks.check(
            kp[i].shape().equals(Shape.of(want)),
            fn,
            "key_padding_mask must have shape %s; got %s",
            Shape.of(want),
            keyPaddingMask.shape());
        kp[i] = Manipulation.reshape(kp[i], Shape.of(n, 1, 1, s));
      }
    }
    Array keep = and(am[0], kp[0]);
    Array additive = sum(am[1], kp[1]);
    double sc = scale != null ? scale : 1.0 / Math.sqrt(eq / numHeads);
    Attn a = attend(qh, kh, vh, sc, keep, additive, isCausal, training ? dropout : 0);
    Array out =
        Manipulation.reshape(Manipulation.permuteDims(a.out(), 0, 2, 1, 3), Shape.of(n, l, ev));
    if (p.outProjWeights() != null) {
      out = linear(out, p.outProjWeights(), p.outProjBias());
    } else if (p.outProjBias() != null) {
      out = Elementwise.add(out, p.outProjBias());
    }
    Array w = a.weights();
    if (unbatched) {
      out = Manipulation.squeeze(out, 0);
      w = Manipulation.squeeze(w, 0);
    } else if (!batchFirst) {
      out = Manipulation.swapaxes(out, 0, 1);
    }
    return new MultiHead(out, w);
  }

  /** Returns [N, T, E] as [N, H, T, E / H]. */
  private static Array heads(Array x, long h) {
    long[] d = x.shape().dims();
    Array r = Manipulation.reshape(x, Shape.of(d[0], d[1], h, d[2] / h));
    return Manipulation.permuteDims(r, 0, 2, 1, 3);
  }

  private static Array attentionMaskShape(String fn, Array m, long n, long h, long l, long s) {
    if (m.rank() == 2) {
      Checks.check(
          m.shape().equals(Shape.of(l, s)),
          fn,
          "a 2-d attention_mask must have shape [%s, %s]; got %s",
          l,
          s,
          m.shape());
      return m;
    }
    Checks.check(
        m.rank() == 3 && m.shape().equals(Shape.of(n * h, l, s)),
        fn,
        "attention_mask must have shape [%s, %s] or [%s, %s, %s]; got %s",
        l,
        s,
        n * h,
        l,
        s,
        m.shape());
    return Manipulation.reshape(m, Shape.of(n, h, l, s));
  }

  private static Array and(Array a, Array b) {
    return a == null ? b : b == null ? a : Elementwise.logicalAnd(a, b);
  }

  private static Array sum(Array a, Array b) {
    return a == null ? b : b == null ? a : Elementwise.add(a, b);
  }

  /**
   * Returns ivy.multi_head_attention's result: the output, or with {@code returnAttentionWeights} a
   * list of the output and the weights (averaged over the heads when {@code
   * averageAttentionWeights}).
   */
  public static Object multiHeadAttention(
      Array query,
      Array key,
      Array value,
      boolean batchFirst,
      long numHeads,
      Double scale,
      Array attentionMask,
      Array inProjWeights,
      Array qProjWeights,
      Array kProjWeights,
      Array vProjWeights,
      Array outProjWeights,
      Array inProjBias,
      Array outProjBias,
      boolean isCausal,
      Array keyPaddingMask,
      boolean returnAttentionWeights,
      boolean averageAttentionWeights,
      double dropout,
      boolean training) {
    Projections p =
        new Projections(
            inProjWeights,
            qProjWeights,
            kProjWeights,
            vProjWeights,
            inProjBias,
            outProjWeights,
            outProjBias);
    MultiHead m =
        multiHeadAttention(
            query,
            key,
            value,
            numHeads,
            p,
            attentionMask,
            keyPaddingMask,
            isCausal,
            scale,
            batchFirst,
            dropout,
            training);
    if (!returnAttentionWeights) {
      return m.output();
    }
    return java.util.List.of(
        m.output(), averageAttentionWeights ? m.averagedWeights() : m.weights());
  }
}
