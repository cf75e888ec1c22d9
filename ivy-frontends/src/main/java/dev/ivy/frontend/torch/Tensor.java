package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Indexer;
import java.util.ArrayList;
import java.util.List;

/**
 * A PyTorch-style tensor: an immutable wrapper of a core {@link Array} with the methods of {@code
 * torch.Tensor} ({@code add}, {@code view}, {@code permute}, {@code sum(dim, keepdim)}, {@code
 * max(dim)} with indices, {@code masked_fill}, {@code to(dtype)}, indexing...). Methods return new
 * tensors; the in-place variants of PyTorch ({@code add_}) are not provided.
 *
 * <pre>{@code
 * Tensor t = Tensor.of(Ivy.array(new float[] {1, 5, 3}, 3));
 * t.max(0).indices();  // int64 tensor 1
 * }</pre>
 */
public final class Tensor extends TensorMethods {
  private final Array data;

  private Tensor(Array data) {
    if (data == null) {
      throw new IvyArgumentException("Tensor: data must be an array; got null");
    }
    this.data = data;
  }

  /** Returns a tensor wrapping {@code data}. */
  public static Tensor of(Array data) {
    return new Tensor(data);
  }

  /** Returns a tensor of a Java value (number, boolean, nested lists or arrays) as torch.tensor. */
  public static Tensor tensor(Object data) {
    return new Tensor(TorchTypes.tensor(data));
  }

  /** Returns the wrapped core array. */
  @Override
  public Array array() {
    return data;
  }

  /** Returns the dtype. */
  public DType dtype() {
    return data.dtype();
  }

  /** Returns the sizes of every dimension. */
  public long[] size() {
    return data.shape().dims();
  }

  /** Returns the size of dimension {@code dim} (negative counts from the end). */
  public long size(int dim) {
    return data.shape().dim(TorchShapes.dim("size", dim, data.rank()));
  }

  /** Returns the number of dimensions. */
  public int dim() {
    return data.rank();
  }

  /** Returns the number of elements. */
  public long numel() {
    return data.size();
  }

  /** Returns the matrix product. */
  public Tensor matmul(Tensor other) {
    return of(TorchLinalg.matmul(data, other.data));
  }

  /** Returns the tensor with a new shape (one size may be -1). */
  public Tensor view(long... shape) {
    return of(TorchShapes.reshape(data, shape));
  }

  /** Returns the tensor with a new shape (one size may be -1). */
  public Tensor reshape(long... shape) {
    return of(TorchShapes.reshape(data, shape));
  }

  /** Returns the tensor with its dimensions permuted. */
  public Tensor permute(int... dims) {
    return of(TorchShapes.permute(data, dims));
  }

  /** Returns the tensor with dimensions {@code dim0} and {@code dim1} swapped. */
  public Tensor transpose(int dim0, int dim1) {
    return of(TorchShapes.transpose(data, dim0, dim1));
  }

  /** Returns the tensor with a size-1 dimension inserted at {@code dim}. */
  public Tensor unsqueeze(int dim) {
    return of(TorchShapes.unsqueeze(data, dim));
  }

  /** Returns the tensor without its size-1 dimensions. */
  public Tensor squeeze() {
    return of(TorchShapes.squeeze(data, null));
  }

  /** Returns the tensor flattened from {@code startDim} to {@code endDim}. */
  public Tensor flatten(int startDim, int endDim) {
    return of(TorchShapes.flatten(data, startDim, endDim));
  }

  /** Returns the sum over {@code dim}. */
  public Tensor sum(int dim, boolean keepdim) {
    return of(TorchReduce.sum(data, new int[] {dim}, keepdim, null));
  }

  /** Returns the mean over {@code dim}. */
  public Tensor mean(int dim, boolean keepdim) {
    return of(TorchReduce.mean(data, new int[] {dim}, keepdim, null));
  }

  /** Returns the maximum of all elements. */
  public Tensor max() {
    return of(TorchReduce.amax(data, null, false));
  }

  /** Returns the maximum values along {@code dim} and their indices. */
  public ValuesIndices max(int dim) {
    return max(dim, false);
  }

  /** Returns the maximum values along {@code dim} and their indices. */
  public ValuesIndices max(int dim, boolean keepdim) {
    List<Array> r = TorchReduce.maxWithIndices(data, dim, keepdim, true);
    return new ValuesIndices(of(r.get(0)), of(r.get(1)));
  }

  /** Returns the minimum of all elements. */
  public Tensor min() {
    return of(TorchReduce.amin(data, null, false));
  }

  /** Returns the minimum values along {@code dim} and their indices. */
  public ValuesIndices min(int dim, boolean keepdim) {
    List<Array> r = TorchReduce.maxWithIndices(data, dim, keepdim, false);
    return new ValuesIndices(of(r.get(0)), of(r.get(1)));
  }

  /** Returns the tensor with {@code value} where {@code mask} is true. */
  public Tensor maskedFill(Tensor mask, Object value) {
    return of(TorchShapes.maskedFill(data, mask.data, raw(value)));
  }

  /** Returns the tensor converted to {@code dtype}. */
  public Tensor to(DType dtype) {
    return of(TorchTypes.cast(data, dtype));
  }

  /** Returns the tensor as float32. */
  public Tensor toFloat() {
    return to(DType.FLOAT32);
  }

  /** Returns the tensor as int64. */
  public Tensor toLong() {
    return to(DType.INT64);
  }

  /** Returns {@code this[index...]} with PyTorch's (NumPy's) basic and advanced indexing. */
  public Tensor get(Object... index) {
    Object[] idx = new Object[index.length];
    for (int i = 0; i < index.length; i++) {
      idx[i] = raw(index[i]);
    }
    return of(Indexer.get(data, idx));
  }

  /** Returns a copy with {@code this[index...] = value}. */
  public Tensor set(Object[] index, Object value) {
    Object[] idx = new Object[index.length];
    for (int i = 0; i < index.length; i++) {
      idx[i] = raw(index[i]);
    }
    return of(Indexer.set(data, idx, raw(value)));
  }

  /** Returns the values as nested Java lists (Long, Double or Boolean leaves). */
  public Object tolist() {
    return toList(data);
  }

  /** Returns the single value of a one-element tensor. */
  public Object item() {
    return item(data);
  }

  @Override
  public String toString() {
    return "tensor(" + data + ")";
  }

  /** A (values, indices) pair, as PyTorch's {@code torch.return_types.max}. */
  public record ValuesIndices(Tensor values, Tensor indices) {}

  private static Object raw(Object o) {
    return o instanceof Tensor t ? t.data : o;
  }

  @Override
  Tensor wrap(Array a) {
    return of(a);
  }

  @Override
  Object unwrap(Object o) {
    return raw(o);
  }

  // ------------------------------------------------------------------ helpers for the registry

  static Array to(Array x, Object target) {
    if (target == null || target instanceof String) {
      return x; // a device: there is only one
    }
    if (target instanceof DType d) {
      return TorchTypes.cast(x, d);
    }
    if (target instanceof Array other) {
      return TorchTypes.cast(x, other.dtype());
    }
    throw new IvyArgumentException("to: expected a dtype, a tensor or a device; got " + target);
  }

  static String torchTypeName(DType d) {
    switch (d) {
      case FLOAT32:
        return "FloatTensor";
      case FLOAT64:
        return "DoubleTensor";
      case FLOAT16:
        return "HalfTensor";
      case BFLOAT16:
        return "BFloat16Tensor";
      case INT64:
        return "LongTensor";
      case INT32:
        return "IntTensor";
      case INT16:
        return "ShortTensor";
      case INT8:
        return "CharTensor";
      case UINT8:
        return "ByteTensor";
      default:
        return "BoolTensor";
    }
  }

  static Object item(Array x) {
    if (x.size() != 1) {
      throw new IvyArgumentException(
          "item: a tensor with " + x.size() + " elements cannot be converted to a scalar");
    }
    if (x.dtype().isBool()) {
      return x.toBooleanArray()[0];
    }
    return x.dtype().isFloating() ? (Object) x.itemDouble() : (Object) x.itemLong();
  }

  static Object toList(Array x) {
    long[] shape = x.shape().dims();
    Object[] flat = new Object[(int) x.size()];
    if (x.dtype().isBool()) {
      boolean[] b = x.toBooleanArray();
      for (int i = 0; i < b.length; i++) {
        flat[i] = b[i];
      }
    } else if (x.dtype().isFloating()) {
      double[] d = x.toDoubleArray();
      for (int i = 0; i < d.length; i++) {
        flat[i] = d[i];
      }
    } else {
      long[] l = x.toLongArray();
      for (int i = 0; i < l.length; i++) {
        flat[i] = l[i];
      }
    }
    if (shape.length == 0) {
      return flat[0];
    }
    return nest(flat, shape, 0, 0);
  }

  private static List<Object> nest(Object[] flat, long[] shape, int dim, int offset) {
    List<Object> r = new ArrayList<>();
    long stride = 1;
    for (int i = dim + 1; i < shape.length; i++) {
      stride *= shape[i];
    }
    for (long i = 0; i < shape[dim]; i++) {
      int at = (int) (offset + i * stride);
      r.add(dim == shape.length - 1 ? flat[at] : nest(flat, shape, dim + 1, at));
    }
    return r;
  }
}
