package dev.ivy.backend.tf;

import dev.ivy.DType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tensorflow.internal.c_api.TFE_TensorHandle;

/**
 * {@link TfGraphBuilder} over eager TensorFlow: each op runs at once, so rules written for graphs
 * ({@link TfCoarse}) run as kernels too and compute what the graphs compute. The builder owns every
 * handle it makes (outputs and constants alike); {@link #close} frees all but those handed out with
 * {@link #keep}. Not for use by several threads; one builder per kernel call.
 */
final class TfEagerBuilder implements TfGraphBuilder<TFE_TensorHandle>, AutoCloseable {
  private final TfCall c;
  private final ArrayList<TFE_TensorHandle> owned = new ArrayList<>();

  private final TfLayoutCache layouts;

  TfEagerBuilder(TfCall c, TfLayoutCache layouts) {
    this.c = c;
    this.layouts = layouts;
  }

  /**
   * Returns the kept layout of {@code w} when the cache has one; else computes it and offers it to
   * the cache, which takes it from {@code w}'s second use on.
   */
  @Override
  public TFE_TensorHandle filter(
      TFE_TensorHandle w, String key, java.util.function.UnaryOperator<TFE_TensorHandle> f) {
    TFE_TensorHandle kept = layouts.lookup(w, key);
    if (kept != null) {
      return kept;
    }
    TFE_TensorHandle y = f.apply(w);
    int i = owned.lastIndexOf(y);
    if (i >= 0 && layouts.offer(w, key, y)) {
      owned.remove(i);
    }
    return y;
  }

  @Override
  public List<TFE_TensorHandle> opN(
      String type, List<TFE_TensorHandle> inputs, int outputs, Object... attrs) {
    c.begin(TfCall.interned(type));
    for (TFE_TensorHandle h : inputs) {
      c.in(h);
    }
    for (int i = 0; i < attrs.length; i += 2) {
      attr(TfCall.interned((String) attrs[i]), attrs[i + 1]);
    }
    return own(c.execN(outputs));
  }

  private void attr(org.bytedeco.javacpp.BytePointer name, Object v) {
    if (v instanceof Long l) {
      c.attr(name, (long) l);
    } else if (v instanceof long[] l) {
      c.attr(name, l);
    } else if (v instanceof Boolean b) {
      c.attr(name, (boolean) b);
    } else if (v instanceof Float f) {
      c.attr(name, (float) f);
    } else if (v instanceof DType t) {
      c.type(name, TfConversions.tfType(t));
    } else {
      c.attr(name, (String) v);
    }
  }

  @Override
  public TFE_TensorHandle cast(TFE_TensorHandle x, DType to) {
    return own(TfOps.cast(c, x, TfConversions.tfType(to)));
  }

  @Override
  public TFE_TensorHandle reduce(
      String type, TFE_TensorHandle x, TFE_TensorHandle axes, boolean keepDims) {
    return own(TfOps.reduce(c, TfCall.interned(type), x, axes, keepDims));
  }

  @Override
  public TFE_TensorHandle concat(List<TFE_TensorHandle> values, TFE_TensorHandle axis) {
    return own(
        c.begin(TfOps.CONCAT).inList(values.toArray(new TFE_TensorHandle[0])).in(axis).exec());
  }

  @Override
  public TFE_TensorHandle constant(DType dtype, long[] dims, ByteBuffer data) {
    return own(TfConversions.fromBytes(c, dtype, dims, data.slice()));
  }

  private TFE_TensorHandle own(TFE_TensorHandle h) {
    owned.add(h);
    return h;
  }

  private List<TFE_TensorHandle> own(TFE_TensorHandle[] hs) {
    owned.addAll(Arrays.asList(hs));
    return Arrays.asList(hs);
  }

  /**
   * Returns {@code h} as a result the caller owns: a handle this builder made is no longer freed by
   * {@link #close}; any other handle (a kernel's input) is shared into a new one.
   */
  TFE_TensorHandle keep(TFE_TensorHandle h) {
    for (int i = 0; i < owned.size(); i++) {
      if (owned.get(i) == h) {
        owned.remove(i);
        return h;
      }
    }
    return c.share(h);
  }

  /** Frees every handle this builder made and did not hand out. */
  @Override
  public void close() {
    for (TFE_TensorHandle h : owned) {
      TfCall.free(h);
    }
    owned.clear();
  }
}
