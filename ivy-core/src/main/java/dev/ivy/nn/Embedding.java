package dev.ivy.nn;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.Shape;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Attention;

/**
 * A lookup table of {@code torch.nn.Embedding}: integer indices [*] give rows of {@code weight}
 * [numEmbeddings, embeddingDim], so [*, embeddingDim]. The weight is initialised N(0, 1), with the
 * {@code paddingIdx} row zero.
 *
 * <pre>{@code
 * Embedding emb = new Embedding(10, 4);
 * emb.call(Ivy.array(new long[] {1, 7}, 2)).shape();   // [2, 4]
 * }</pre>
 */
public final class Embedding extends Module {
  private final long numEmbeddings;
  private final long embeddingDim;
  private final Double maxNorm;

  /** Creates a float32 table from the thread's generator, with no padding row and no max norm. */
  public Embedding(long numEmbeddings, long embeddingDim) {
    this(numEmbeddings, embeddingDim, null, null, DType.FLOAT32, null);
  }

  /**
   * Creates a table.
   *
   * @param paddingIdx the row initialised to zero (negative counts from the end), or null
   * @param maxNorm rows whose L2 norm exceeds it are scaled down to it when looked up, or null
   * @param dtype a floating dtype, or null for float32
   * @param seed the initialisation seed, or null for the thread's generator ({@link Ivy#seed})
   * @throws IvyArgumentException if a size is not positive or paddingIdx is out of range
   */
  public Embedding(
      long numEmbeddings,
      long embeddingDim,
      Long paddingIdx,
      Double maxNorm,
      DType dtype,
      Long seed) {
    Init.positive("Embedding", "numEmbeddings", numEmbeddings);
    Init.positive("Embedding", "embeddingDim", embeddingDim);
    DType dt = Init.floatDtype("Embedding", dtype);
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    this.maxNorm = maxNorm;
    Array w = Init.normal(Shape.of(numEmbeddings, embeddingDim), dt, Init.sub(seed, 0));
    if (paddingIdx != null) {
      long p = paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
      if (p < 0 || p >= numEmbeddings) {
        throw new IvyArgumentException(
            "Embedding: paddingIdx must be in [-"
                + numEmbeddings
                + ", "
                + numEmbeddings
                + "); got "
                + paddingIdx);
      }
      Array w0 = w;
      w = Owned.run(() -> Ivy.setItem(w0, new Object[] {p}, 0.0));
    }
    addVariable("weight", w);
  }

  @Override
  protected Array forward(Array x, Variables v) {
    return Attention.embedding(v.get("weight"), x, maxNorm);
  }

  @Override
  protected String name() {
    return "Embedding(" + numEmbeddings + ", " + embeddingDim + ")";
  }
}
