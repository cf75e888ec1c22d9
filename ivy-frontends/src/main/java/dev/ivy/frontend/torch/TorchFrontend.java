package dev.ivy.frontend.torch;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.Ivy;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Cumulative;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Manipulation;
import dev.ivy.registry.Default;
import dev.ivy.registry.Fn;
import dev.ivy.registry.Namespace;
import dev.ivy.registry.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PyTorch frontend: {@code torch.*}, {@code torch.nn.functional} and {@code torch.linalg} with
 * PyTorch's argument order, defaults and dtype rules, composed of core functions. Arrays are core
 * {@link Array}s; {@link Tensor} wraps one with {@code torch.Tensor}'s methods.
 *
 * <p>Dtype rules: tensors promote as {@code torch.result_type} (an integer tensor with a floating
 * one gives the floating dtype; a Python float with an integer tensor gives float32; zero-dim
 * tensors and Python scalars do not widen a dimensioned tensor of the same kind); float32 and int64
 * are the creation defaults; {@code div} is true division; {@code var}/{@code std} are unbiased.
 *
 * <pre>{@code
 * Array x = Ivy.array(new long[] {0, 2}, 2);
 * TorchFrontend.nn.functional.oneHot(x, 3);  // int64 [[1, 0, 0], [0, 0, 1]]
 * TorchFrontend.div(x, 4L);                   // float32 [0.0, 0.5]
 * }</pre>
 *
 * <p>Every function is also registered by its dotted name in the {@code torch} namespace of the
 * {@link dev.ivy.registry.FunctionRegistry} (see {@link TorchFunctions}).
 */
@Namespace(frontend = "torch", path = "TorchFrontend", methods = "Tensor")
public final class TorchFrontend extends TorchFrontendDefaults {
  private TorchFrontend() {}

  /** {@code torch.nn}. */
  public static final nn nn = new nn();

  /** {@code torch.linalg}. */
  public static final TorchLinalgNamespace linalg = new TorchLinalgNamespace();

  // ------------------------------------------------------------------ declared: pointwise,
  // reductions, creation, searching, extras (torch-a)

  // ------------------------------------------------------------------ declared: shapes (torch-b)

  /**
   * Returns {@code input} with dimension {@code dim} split into {@code sizes} (torch.unflatten).
   */
  @Fn(method = true)
  public static Array unflatten(Array input, int dim, long[] sizes) {
    return TorchShapes.unflatten(
        input, dim, TorchShapes.given("unflatten", "sizes", sizes, "an integer"));
  }

  /** Returns {@code input} with two dimensions swapped (torch.swapaxes). */
  @Fn(method = true)
  public static Array swapaxes(Array input, int axis0, int axis1) {
    return TorchShapes.transpose(input, axis0, axis1);
  }

  /** Returns a 0-D, 1-D or 2-D tensor transposed (torch.t). */
  @Fn(method = true)
  public static Array t(Array input) {
    return TorchShapes.t(input);
  }

  /** Returns the last two dimensions swapped (torch.adjoint, real tensors). */
  @Fn(method = true)
  public static Array adjoint(Array input) {
    return TorchShapes.transpose(input, -2, -1);
  }

  /** Returns the tensors joined horizontally (torch.hstack). */
  @Fn
  public static Array hstack(List<Array> tensors) {
    return TorchShapes.hstack(
        TorchShapes.given("hstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors joined vertically (torch.vstack, torch.row_stack). */
  @Fn({"vstack", "row_stack"})
  public static Array vstack(List<Array> tensors) {
    return TorchShapes.vstack(
        TorchShapes.given("vstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors joined along the third dimension (torch.dstack). */
  @Fn
  public static Array dstack(List<Array> tensors) {
    return TorchShapes.dstack(
        TorchShapes.given("dstack", "tensors", tensors, "a sequence of arrays"));
  }

  /** Returns the tensors as columns (torch.column_stack). */
  @Fn
  public static Array columnStack(List<Array> tensors) {
    return TorchShapes.columnStack(
        TorchShapes.given("column_stack", "tensors", tensors, "a sequence of arrays"));
  }

  /** One tensor at least {@code n}-D, or a list of them for several (or a sequence). */
  private static Object atleast(Object[] tensors, int n) {
    List<Array> xs = new ArrayList<>();
    for (Object o : tensors) {
      xs.add(o instanceof Array a ? a : Ivy.asarray(o));
    }
    if (xs.size() == 1 && !(tensors[0] instanceof List)) {
      return TorchShapes.atleast(xs.get(0), n);
    }
    List<Array> r = new ArrayList<>();
    for (Array x : xs) {
      r.add(TorchShapes.atleast(x, n));
    }
    return r;
  }

  /**
   * Returns the tensor with at least one dimension, or a list for several tensors
   * (torch.atleast_1d).
   */
  @Fn("atleast_1d")
  public static Object atleast1d(Object... tensors) {
    return atleast(tensors, 1);
  }

  /**
   * Returns the tensor with at least two dimensions, or a list for several tensors
   * (torch.atleast_2d).
   */
  @Fn("atleast_2d")
  public static Object atleast2d(Object... tensors) {
    return atleast(tensors, 2);
  }

  /**
   * Returns the tensor with at least three dimensions, or a list for several tensors
   * (torch.atleast_3d).
   */
  @Fn("atleast_3d")
  public static Object atleast3d(Object... tensors) {
    return atleast(tensors, 3);
  }

  /**
   * Returns {@code input} split into {@code indicesOrSections} pieces (an int) or at the given
   * indices (a sequence) along {@code dim} (torch.tensor_split).
   */
  @Fn(method = true)
  public static List<Array> tensorSplit(
      Array input, Object indicesOrSections, @Default("0") int dim) {
    return TorchShapes.tensorSplit(input, indicesOrSections, dim);
  }

  /** Returns {@code input} split along dimension 1 (0 for 1-D input) (torch.hsplit). */
  @Fn(method = true)
  public static List<Array> hsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, input.rank() == 1 ? 0 : 1);
  }

  /** Returns {@code input} split along dimension 0 (torch.vsplit). */
  @Fn(method = true)
  public static List<Array> vsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, 0);
  }

  /** Returns {@code input} split along dimension 2 (torch.dsplit). */
  @Fn(method = true)
  public static List<Array> dsplit(Array input, Object indicesOrSections) {
    return TorchShapes.tensorSplit(input, indicesOrSections, 2);
  }

  /** Returns the slices along {@code dim}, that dimension removed (torch.unbind). */
  @Fn(method = true)
  public static List<Array> unbind(Array input, @Default("0") int dim) {
    return TorchShapes.unbind(input, dim);
  }

  /** Returns {@code length} elements from {@code start} along {@code dim} (torch.narrow). */
  @Fn(method = true)
  public static Array narrow(Array input, int dim, long start, long length) {
    return TorchShapes.narrowLength(input, dim, start, length);
  }

  /** Returns the slice at {@code index} along {@code dim}, removing it (torch.select). */
  @Fn(method = true)
  public static Array select(Array input, int dim, long index) {
    return TorchShapes.select(input, dim, index);
  }

  /**
   * Returns the values at {@code indices} along {@code dim}, of the flattened input when None
   * (torch.take_along_dim).
   */
  @Fn(method = true)
  public static Array takeAlongDim(Array input, Array indices, @Default("None") Integer dim) {
    if (dim == null) {
      return dev.ivy.ops.Searching.takeAlongAxis(
          Manipulation.reshape(input, -1), Manipulation.reshape(indices, -1), 0);
    }
    return TorchShapes.gather(input, dim, indices);
  }

  /** Returns the elements of the flattened input at {@code index} (torch.take). */
  @Fn(method = true)
  public static Array take(Array input, Array index) {
    return dev.ivy.ops.Indexing.take(Manipulation.reshape(input, -1), index, 0);
  }

  /**
   * Returns a copy of {@code input} with {@code src} added at {@code index} (torch.scatter_add).
   */
  @Fn(method = true)
  public static Array scatterAdd(Array input, int dim, Array index, Array src) {
    return TorchShapes.scatter(input, dim, index, src, "add");
  }

  /**
   * Returns a copy of {@code input} with {@code alpha * source} added at the slices {@code index}
   * along {@code dim} (torch.index_add).
   */
  @Fn(method = true)
  public static Array indexAdd(
      Array input, int dim, Array index, Array source, @Default("1") Number alpha) {
    return TorchShapes.indexAdd(input, dim, index, source, alpha);
  }

  /** Returns the 1-D tensor of the elements where {@code mask} is true (torch.masked_select). */
  @Fn(method = true)
  public static Array maskedSelect(Array input, Array mask) {
    return TorchShapes.maskedSelect(input, mask);
  }

  /**
   * Returns the int64 indices of the non-zero elements, one row each, or one index tensor per
   * dimension when {@code asTuple} (torch.nonzero).
   */
  @Fn(method = true)
  public static Object nonzero(Array input, @Default("False") boolean asTuple) {
    if (!asTuple) {
      return TorchShapes.argwhere(input);
    }
    List<Array> r = new ArrayList<>();
    for (Array a : dev.ivy.ops.Searching.nonzero(input)) {
      r.add(TorchTypes.cast(a, DType.INT64));
    }
    return r;
  }

  /** Returns the int64 indices of the non-zero elements, one row each (torch.argwhere). */
  @Fn(method = true)
  public static Array argwhere(Array input) {
    return TorchShapes.argwhere(input);
  }

  /** Returns {@code input} broadcast to {@code size}; -1 keeps a size (torch.broadcast_to). */
  @Fn
  public static Array broadcastTo(Array input, long[] size) {
    return TorchShapes.expand(input, TorchShapes.given("broadcast_to", "size", size, "an integer"));
  }

  /** Returns the tensors broadcast to their common shape (torch.broadcast_tensors). */
  @Fn
  public static List<Array> broadcastTensors(Array... tensors) {
    return Manipulation.broadcastArrays(List.of(tensors));
  }

  /** Returns the shape the given shapes broadcast to (torch.broadcast_shapes). */
  @Fn
  public static List<Long> broadcastShapes(Object... shapes) {
    List<Array> xs = new ArrayList<>();
    for (Object s : shapes) {
      xs.add(Creation.zeros(dev.ivy.Shape.of(TorchShapes.longs(s)), DType.BOOL));
    }
    List<Long> r = new ArrayList<>();
    for (long l : Manipulation.broadcastArrays(xs).get(0).shape().dims()) {
      r.add(l);
    }
    return r;
  }

  /** Returns {@code input} repeated {@code dims} times along each dimension (torch.tile). */
  @Fn(method = true)
  public static Array tile(Array input, long[] dims) {
    return TorchShapes.tile(input, TorchShapes.given("tile", "dims", dims, "an integer"));
  }

  /**
   * Returns each element repeated {@code repeats} times (an int or a tensor) along {@code dim}, of
   * the flattened input when None (torch.repeat_interleave); output_size is accepted and ignored.
   */
  @Fn(method = true)
  public static Array repeatInterleave(
      Array input, Object repeats, @Default("None") Integer dim, @Default("None") Long outputSize) {
    return TorchShapes.repeatInterleave(input, repeats, dim);
  }

  /** Returns {@code input} with dimensions moved (torch.movedim, torch.moveaxis). */
  @Fn(
      value = {"movedim", "moveaxis"},
      method = true)
  public static Array movedim(Array input, int[] source, int[] destination) {
    return TorchShapes.movedim(input, source, destination);
  }

  /** Returns {@code input} rolled by {@code shifts} along {@code dims}, flattened when None. */
  @Fn(method = true)
  public static Array roll(Array input, long[] shifts, @Default("None") int[] dims) {
    return TorchShapes.roll(input, TorchShapes.given("roll", "shifts", shifts, "an integer"), dims);
  }

  /** Returns {@code input} reversed along {@code dims} (torch.flip). */
  @Fn
  public static Array flip(Array input, int[] dims) {
    return TorchShapes.flip(input, dims);
  }

  /** Returns {@code input} reversed along dimension 1 (torch.fliplr). */
  @Fn(method = true)
  public static Array fliplr(Array input) {
    return TorchShapes.flip(input, new int[] {1});
  }

  /** Returns {@code input} reversed along dimension 0 (torch.flipud). */
  @Fn(method = true)
  public static Array flipud(Array input) {
    return TorchShapes.flip(input, new int[] {0});
  }

  /**
   * Returns {@code input} rotated {@code k} quarter turns in the plane {@code dims} (torch.rot90).
   */
  @Fn(method = true)
  public static Array rot90(Array input, @Default("1") long k, @Default("(0, 1)") int[] dims) {
    return TorchShapes.rot90(input, k, dims);
  }

  /**
   * Returns the n-th forward difference along {@code dim}, after joining {@code prepend} and {@code
   * append} (torch.diff); bool tensors give xor.
   */
  @Fn(method = true)
  public static Array diff(
      Array input,
      @Default("1") int n,
      @Default("-1") int dim,
      @Default("None") Array prepend,
      @Default("None") Array append) {
    int d = TorchShapes.dim("diff", dim, input.rank());
    List<Array> parts = new ArrayList<>();
    if (prepend != null) {
      parts.add(prepend);
    }
    parts.add(input);
    if (append != null) {
      parts.add(append);
    }
    Array v = parts.size() == 1 ? input : TorchShapes.cat(parts, d);
    if (v.dtype().isBool()) {
      Array r = v;
      for (long i = 0; i < n; i++) {
        long len = r.shape().dim(d);
        r =
            Elementwise.logicalXor(
                TorchShapes.narrow(r, d, 1, len), TorchShapes.narrow(r, d, 0, len - 1));
      }
      return r;
    }
    return Manipulation.diff(v, n, d);
  }

  // ------------------------------------------------------------------ declared: linalg (torch-b)

  /** Returns the product of a matrix and a vector (torch.mv). */
  @Fn(method = true)
  public static Array mv(Array input, Array vec) {
    return TorchLinalg.matmul(input, vec);
  }

  /** Returns the dot product of two 1-D tensors (torch.dot, torch.vdot for real tensors). */
  @Fn(
      value = {"dot", "vdot"},
      method = true)
  public static Array dot(Array input, Array other) {
    return TorchLinalg.dot(input, other);
  }

  /** Returns the inner product over the last dimensions (torch.inner). */
  @Fn(method = true)
  public static Array inner(Array input, Array other) {
    return TorchLinalg.inner(input, other);
  }

  /** Returns the outer product of two vectors (torch.outer, torch.ger). */
  @Fn(
      value = {"outer", "ger"},
      method = true)
  public static Array outer(Array input, Array vec2) {
    return TorchLinalg.outer(input, vec2);
  }

  /** Returns the Kronecker product (torch.kron). */
  @Fn(method = true)
  public static Array kron(Array input, Array other) {
    return TorchLinalg.kron(input, other);
  }

  /** Returns {@code beta * input + alpha * (batch1 @ batch2)} of 3-D batches (torch.baddbmm). */
  @Fn(method = true)
  public static Array baddbmm(
      Array input,
      Array batch1,
      Array batch2,
      @Default("1") Number beta,
      @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input,
        TorchLinalg.mat("baddbmm", "batch1", batch1, 3),
        TorchLinalg.mat("baddbmm", "batch2", batch2, 3),
        beta,
        alpha);
  }

  /**
   * Returns {@code beta * input + alpha * sum(batch1 @ batch2)} summed over the batch
   * (torch.addbmm).
   */
  @Fn(method = true)
  public static Array addbmm(
      Array input,
      Array batch1,
      Array batch2,
      @Default("1") Number beta,
      @Default("1") Number alpha) {
    Array p = TorchLinalg.bmm(batch1, batch2);
    Array s = dev.ivy.ops.Reductions.sum(p, new int[] {0}, false, null);
    return TorchLinalg.addProduct(
        input, s, Creation.eye(s.shape().dim(1), s.shape().dim(1), 0, s.dtype()), beta, alpha);
  }

  /** Returns {@code beta * input + alpha * (mat @ vec)} (torch.addmv). */
  @Fn(method = true)
  public static Array addmv(
      Array input, Array mat, Array vec, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(input, mat, vec, beta, alpha);
  }

  /** Returns {@code beta * input + alpha * outer(vec1, vec2)} (torch.addr). */
  @Fn(method = true)
  public static Array addr(
      Array input, Array vec1, Array vec2, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input, Manipulation.expandDims(vec1, 1), Manipulation.expandDims(vec2, 0), beta, alpha);
  }

  /**
   * Returns the tensor contraction over the last {@code dims} dimensions of a and the first of b,
   * or over the given pair of dimension lists (torch.tensordot).
   */
  @Fn(method = true)
  public static Array tensordot(Array a, Array b, @Default("2") Object dims) {
    return TorchLinalg.tensordot(a, b, dims);
  }

  /** Returns the sum of the main diagonal of a 2-D tensor (torch.trace). */
  @Fn(method = true)
  public static Array trace(Array input) {
    return TorchLinalg.trace(input);
  }

  /**
   * Returns the diagonal matrix of a 1-D input, or the {@code diagonal}-th diagonal of a 2-D one
   * (torch.diag).
   */
  @Fn(method = true)
  public static Array diag(Array input, @Default("0") long diagonal) {
    return TorchLinalg.diag(input, diagonal);
  }

  /** Returns the diagonals over {@code dim1}, {@code dim2}, appended last (torch.diagonal). */
  @Fn(method = true)
  public static Array diagonal(
      Array input, @Default("0") long offset, @Default("0") int dim1, @Default("1") int dim2) {
    return TorchLinalg.diagonal(input, offset, dim1, dim2);
  }

  /**
   * Returns matrices with the last dimension of {@code input} on their {@code offset} diagonal
   * (torch.diag_embed); dim1 and dim2 are accepted, the diagonals are the last two dimensions.
   */
  @Fn(method = true)
  public static Array diagEmbed(
      Array input, @Default("0") long offset, @Default("-2") int dim1, @Default("-1") int dim2) {
    return TorchLinalg.diagEmbed(input, offset);
  }

  /**
   * Returns the cross product along {@code dim}, the first dimension of size 3 when None
   * (torch.cross).
   */
  @Fn(method = true)
  public static Array cross(Array input, Array other, @Default("None") Integer dim) {
    int d;
    if (dim == null) {
      d = -1;
      for (int i = 0; i < input.rank(); i++) {
        if (input.shape().dim(i) == 3) {
          d = i;
          break;
        }
      }
    } else {
      d = dim;
    }
    return TorchLinalg.cross(input, other, d);
  }

  /**
   * Returns the p-norm distances between the rows of x1 and x2 (torch.cdist); compute_mode is
   * accepted and ignored.
   */
  @Fn
  public static Array cdist(
      Array x1,
      Array x2,
      @Default("2.0") double p,
      @Default("'use_mm_for_euclid_dist_if_necessary'") String computeMode) {
    return TorchLinalg.cdist(x1, x2, p);
  }

  /** Returns the p-norm of input - other (torch.dist). */
  @Fn(method = true)
  public static Array dist(Array input, Array other, @Default("2") Number p) {
    return TorchLinalg.dist(input, other, p);
  }

  /** Returns the determinant (torch.det). */
  @Fn(method = true)
  public static Array det(Array input) {
    return Decompositions.det(input);
  }

  /** Returns log(det), NaN for a negative determinant (torch.logdet). */
  @Fn(method = true)
  public static Array logdet(Array input) {
    return TorchLinalg.logdet(input);
  }

  /** Returns the inverse (torch.inverse). */
  @Fn(method = true)
  public static Array inverse(Array input) {
    return Decompositions.inv(input);
  }

  /** Returns the pseudo-inverse with cutoff {@code rcond} (torch.pinverse). */
  @Fn(method = true)
  public static Array pinverse(Array input, @Default("1e-15") Object rcond) {
    return Decompositions.pinv(input, rcond);
  }

  /** Returns input to the integer power n; negative n inverts (torch.matrix_power). */
  @Fn(method = true)
  public static Array matrixPower(Array input, long n) {
    return Decompositions.matrixPower(input, n);
  }

  /** Returns the matrix exponential (torch.matrix_exp). */
  @Fn(method = true)
  public static Array matrixExp(Array input) {
    return TorchLinalg.matrixExp(input);
  }

  /** Returns the lower Cholesky factor, the upper when {@code upper} (torch.cholesky). */
  @Fn(method = true)
  public static Array cholesky(Array input, @Default("False") boolean upper) {
    return Decompositions.cholesky(input, upper);
  }

  /** Returns (sign, log|det|) (torch.slogdet). */
  @Fn(method = true)
  public static List<Array> slogdet(Array input) {
    return List.of(Decompositions.slogdet(input));
  }

  /**
   * Returns the {@code p} norm ("fro", "nuc" or a number) over {@code dim}, of all elements when
   * None (torch.norm).
   */
  @Fn(method = true)
  public static Array norm(
      Array input,
      @Default("'fro'") Object p,
      @Default("None") int[] dim,
      @Default("False") boolean keepdim,
      @Default("None") DType dtype) {
    Object ord = p;
    if ("fro".equals(ord) && (dim == null || dim.length == 1)) {
      ord = 2L;
    }
    if (dim == null && !(ord instanceof String)) {
      return TorchLinalg.vectorNorm(input, ord, null, keepdim, dtype);
    }
    return TorchLinalg.norm(input, ord, dim, keepdim);
  }

  // ------------------------------------------------------------------ declared: nn (torch-b)

  /**
   * Returns the softmax along {@code dim}, computed in {@code dtype} when given (torch.softmax,
   * torch.special.softmax).
   */
  @Fn(value = "softmax", also = "special.softmax", method = true)
  public static Array softmax(Array input, int dim, @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, false);
  }

  /**
   * Returns the log-softmax along {@code dim}, computed in {@code dtype} when given
   * (torch.log_softmax, torch.special.log_softmax).
   */
  @Fn(value = "log_softmax", also = "special.log_softmax", method = true)
  public static Array logSoftmax(Array input, int dim, @Default("None") DType dtype) {
    return TorchNn.softmax(input, dim, dtype, true);
  }

  // ------------------------------------------------------------------ cumulative

  /**
   * Returns the cumulative sum along {@code dim} (torch.cumsum); integer and bool inputs give int64
   * unless {@code dtype} says otherwise.
   */
  @Fn(method = true)
  public static Array cumsum(Array input, int dim, @Default("None") DType dtype) {
    DType dt = TorchReduce.scanDType(input, dtype);
    return Cumulative.cumulativeSum(
        TorchTypes.cast(input, dt), TorchShapes.dim("cumsum", dim, input.rank()), dt, false);
  }

  /**
   * Returns the cumulative product along {@code dim} (torch.cumprod); integer and bool inputs give
   * int64 unless {@code dtype} says otherwise.
   */
  @Fn(method = true)
  public static Array cumprod(Array input, int dim, @Default("None") DType dtype) {
    DType dt = TorchReduce.scanDType(input, dtype);
    return Cumulative.cumprod(
        TorchTypes.cast(input, dt), TorchShapes.dim("cumprod", dim, input.rank()), false, false);
  }

  // ------------------------------------------------------------------ pointwise

  /**
   * Returns {@code input + alpha * other} (torch.add).
   *
   * @param input a tensor or a number
   * @param other a tensor or a number
   * @param alpha the multiplier of {@code other}
   * @throws dev.ivy.errors.IvyArgumentException if the shapes do not broadcast
   */
  public static Array add(Object input, Object other, Number alpha) {
    return TorchMath.add(input, other, alpha);
  }

  /** Returns {@code input + other} (torch.add). */
  public static Array add(Object input, Object other) {
    return TorchMath.add(input, other, 1L);
  }

  /** Returns {@code input - other} (torch.sub). */
  public static Array sub(Object input, Object other) {
    return TorchMath.sub(input, other, 1L);
  }

  /** Returns {@code input * other} (torch.mul). */
  public static Array mul(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::multiply);
  }

  /** Returns the true quotient (torch.div); integer operands give float32. */
  public static Array div(Object input, Object other) {
    return TorchMath.div(input, other, null);
  }

  /**
   * Returns the quotient rounded as {@code roundingMode} says (torch.div).
   *
   * @param roundingMode null (true division), "trunc" or "floor"
   * @throws dev.ivy.errors.IvyArgumentException for another rounding mode
   */
  public static Array div(Object input, Object other, String roundingMode) {
    return TorchMath.div(input, other, roundingMode);
  }

  /** Returns the floored quotient (torch.floor_divide); integers stay integers. */
  public static Array floorDivide(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::floorDivide);
  }

  /** Returns the remainder with the divisor's sign (torch.remainder). */
  public static Array remainder(Object input, Object other) {
    return TorchMath.remainder(input, other);
  }

  /** Returns the remainder with the dividend's sign (torch.fmod). */
  public static Array fmod(Object input, Object other) {
    return TorchMath.fmod(input, other);
  }

  /** Returns {@code input ** exponent} (torch.pow). */
  public static Array pow(Object input, Object exponent) {
    return TorchMath.pow(input, exponent);
  }

  /**
   * Returns {@code input} clamped to [min, max] (torch.clamp); either bound may be null, and a min
   * above max gives max everywhere.
   *
   * @throws dev.ivy.errors.IvyArgumentException if both bounds are null
   */
  public static Array clamp(Array input, Object min, Object max) {
    return TorchMath.clamp(input, min, max);
  }

  /** Returns the element-wise maximum of two tensors (torch.maximum). */
  public static Array maximum(Array input, Array other) {
    return TorchMath.binaryTensors("maximum", input, other, Elementwise::maximum);
  }

  /** Returns the element-wise minimum of two tensors (torch.minimum). */
  public static Array minimum(Array input, Array other) {
    return TorchMath.binaryTensors("minimum", input, other, Elementwise::minimum);
  }

  /** Returns |input| (torch.abs). */
  public static Array abs(Array input) {
    return Elementwise.abs(input);
  }

  /** Returns -input (torch.neg). */
  public static Array neg(Array input) {
    return Elementwise.negative(input);
  }

  /** Returns e ** input (torch.exp); integer inputs give float32. */
  public static Array exp(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::exp);
  }

  /** Returns the natural logarithm (torch.log); integer inputs give float32. */
  public static Array log(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::log);
  }

  /** Returns the square root (torch.sqrt); integer inputs give float32. */
  public static Array sqrt(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::sqrt);
  }

  /** Returns 1 / sqrt(input) (torch.rsqrt). */
  public static Array rsqrt(Array input) {
    return TorchMath.rsqrt(input);
  }

  /** Returns the hyperbolic tangent (torch.tanh). */
  public static Array tanh(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::tanh);
  }

  /** Returns the logistic sigmoid (torch.sigmoid). */
  public static Array sigmoid(Array input) {
    return TorchMath.unaryFloat(input, Activations::sigmoid);
  }

  /** Returns the error function (torch.erf). */
  public static Array erf(Array input) {
    return TorchMath.unaryFloat(input, Elementwise::erf);
  }

  /** Returns 1 - erf(input) (torch.erfc). */
  public static Array erfc(Array input) {
    return TorchMath.erfc(input);
  }

  /** Returns the inverse error function (torch.erfinv): ±inf at ±1, NaN outside [-1, 1]. */
  public static Array erfinv(Array input) {
    return TorchMath.erfinv(input);
  }

  /** Returns log|Gamma(input)| (torch.lgamma); +inf at the poles 0, -1, -2... */
  public static Array lgamma(Array input) {
    return TorchMath.lgamma(input);
  }

  /** Returns the modified Bessel function of the first kind of order 0 (torch.i0). */
  public static Array i0(Array input) {
    return TorchMath.i0(input);
  }

  /** Returns input * log(other), 0 where input is 0 (torch.xlogy). */
  public static Array xlogy(Object input, Object other) {
    return TorchMath.xlogy(input, other);
  }

  /** Returns {@code input} where {@code condition}, else {@code other} (torch.where). */
  public static Array where(Array condition, Object input, Object other) {
    return TorchShapes.where(condition, input, other);
  }

  /** Returns input == other as bool (torch.eq). */
  public static Array eq(Object input, Object other) {
    return TorchMath.binary(input, other, Elementwise::equal);
  }

  // ------------------------------------------------------------------ reductions

  /** Returns the sum of all elements (torch.sum); integers and bools accumulate in int64. */
  public static Array sum(Array input) {
    return TorchReduce.sum(input, null, false, null);
  }

  /**
   * Returns the sum over {@code dim} (torch.sum).
   *
   * @throws dev.ivy.errors.IvyArgumentException if a dim is out of range
   */
  public static Array sum(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.sum(input, dim, keepdim, null);
  }

  /**
   * Returns the mean over {@code dim} (torch.mean; null for all).
   *
   * @throws dev.ivy.errors.IvyArgumentException if the input is not floating
   */
  public static Array mean(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.mean(input, dim, keepdim, null);
  }

  /** Returns the variance over {@code dim} with Bessel's correction when {@code unbiased}. */
  public static Array var(Array input, int[] dim, boolean unbiased, boolean keepdim) {
    return TorchReduce.var(input, dim, unbiased ? 1 : 0, keepdim);
  }

  /** Returns the standard deviation over {@code dim}, unbiased when {@code unbiased}. */
  public static Array std(Array input, int[] dim, boolean unbiased, boolean keepdim) {
    return TorchReduce.std(input, dim, unbiased ? 1 : 0, keepdim);
  }

  /** Returns the maximum of all elements (torch.max). */
  public static Array max(Array input) {
    return TorchReduce.amax(input, null, false);
  }

  /** Returns the maximum along {@code dim} and its int64 indices (torch.max with dim). */
  public static List<Array> max(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, true);
  }

  /** Returns the minimum along {@code dim} and its int64 indices (torch.min with dim). */
  public static List<Array> min(Array input, int dim, boolean keepdim) {
    return TorchReduce.maxWithIndices(input, dim, keepdim, false);
  }

  /** Returns the int64 index of the maximum along {@code dim} (null for the flattened input). */
  public static Array argmax(Array input, Integer dim, boolean keepdim) {
    return TorchReduce.argmax(input, dim, keepdim, true);
  }

  /** Returns the lower median along {@code dim} and its indices (torch.median). */
  public static List<Array> median(Array input, int dim, boolean keepdim) {
    return TorchReduce.median(input, dim, keepdim);
  }

  /** Returns the k-th smallest values along {@code dim} and their indices (torch.kthvalue). */
  public static List<Array> kthvalue(Array input, long k, int dim, boolean keepdim) {
    return TorchReduce.kthvalue(input, k, dim, keepdim);
  }

  /** Returns log(sum(exp(input))) over {@code dim} (torch.logsumexp). */
  public static Array logsumexp(Array input, int[] dim, boolean keepdim) {
    return TorchReduce.logsumexp(input, dim, keepdim);
  }

  /** Returns the running maximum along {@code dim} and the index where each was reached. */
  public static List<Array> cummax(Array input, int dim) {
    return TorchReduce.cumExtreme(input, dim, true);
  }

  // ------------------------------------------------------------------ shapes

  /** Returns {@code input} with a new shape; one size may be -1 (torch.reshape). */
  @Fn(method = true)
  public static Array reshape(Array input, long... shape) {
    return TorchShapes.reshape(input, shape);
  }

  /** Returns {@code input} flattened from {@code startDim} to {@code endDim} (torch.flatten). */
  @Fn(method = true)
  public static Array flatten(Array input, @Default("0") int startDim, @Default("-1") int endDim) {
    return TorchShapes.flatten(input, startDim, endDim);
  }

  /** Returns {@code input} with its dimensions permuted (torch.permute). */
  @Fn(method = true)
  public static Array permute(Array input, int... dims) {
    return TorchShapes.permute(input, dims);
  }

  /** Returns {@code input} with two dimensions swapped (torch.transpose, torch.swapdims). */
  @Fn(
      value = {"transpose", "swapdims"},
      method = true)
  public static Array transpose(Array input, int dim0, int dim1) {
    return TorchShapes.transpose(input, dim0, dim1);
  }

  /**
   * Returns {@code input} without the size-1 dimensions among {@code dim}, all when None
   * (torch.squeeze).
   */
  @Fn(method = true)
  public static Array squeeze(Array input, @Default("None") int[] dim) {
    return TorchShapes.squeeze(input, dim);
  }

  /** Returns {@code input} with a size-1 dimension at {@code dim} (torch.unsqueeze). */
  @Fn(method = true)
  public static Array unsqueeze(Array input, int dim) {
    return TorchShapes.unsqueeze(input, dim);
  }

  /**
   * Returns the tensors joined along {@code dim}, promoted to their result type (torch.cat,
   * torch.concat, torch.concatenate).
   */
  @Fn({"cat", "concat", "concatenate"})
  public static Array cat(List<Array> tensors, @Default("0") int dim) {
    return TorchShapes.cat(
        TorchShapes.given("cat", "tensors", tensors, "a sequence of arrays"), dim);
  }

  /** Returns the tensors stacked along a new dimension {@code dim} (torch.stack). */
  @Fn
  public static Array stack(List<Array> tensors, @Default("0") int dim) {
    return TorchShapes.stack(
        TorchShapes.given("stack", "tensors", tensors, "a sequence of arrays"), dim);
  }

  /**
   * Returns pieces of {@code splitSizeOrSections} (an int: the last piece smaller; a sequence: the
   * sizes) along {@code dim} (torch.split).
   */
  @Fn(method = true)
  public static List<Array> split(Array input, Object splitSizeOrSections, @Default("0") int dim) {
    return TorchShapes.split(input, splitSizeOrSections, dim);
  }

  /** Returns {@code chunks} pieces of equal size (the last smaller) along dim (torch.chunk). */
  @Fn(method = true)
  public static List<Array> chunk(Array input, long chunks, @Default("0") int dim) {
    return TorchShapes.chunk(input, chunks, dim);
  }

  /** Returns the values at {@code index} along {@code dim} (torch.gather; sparse_grad ignored). */
  @Fn(method = true)
  public static Array gather(
      Array input, int dim, Array index, @Default("False") boolean sparseGrad) {
    return TorchShapes.gather(input, dim, index);
  }

  /** Returns the slices at {@code index} along {@code dim} (torch.index_select). */
  @Fn(method = true)
  public static Array indexSelect(Array input, int dim, Array index) {
    return TorchShapes.indexSelect(input, dim, index);
  }

  /**
   * Returns a copy of {@code input} with {@code src} (a tensor or a number) written at {@code
   * index} along dim, combined by {@code reduce} ("add", "multiply") when given (torch.scatter).
   */
  @Fn(method = true)
  public static Array scatter(
      Array input, int dim, Array index, @Operand Object src, @Default("None") String reduce) {
    return TorchShapes.scatter(input, dim, index, src, reduce);
  }

  /** Returns {@code input} with {@code value} where {@code mask} is true (torch.masked_fill). */
  @Fn(method = true)
  public static Array maskedFill(Array input, Array mask, @Operand Object value) {
    return TorchShapes.maskedFill(input, mask, value);
  }

  /** Returns the lower triangle, from diagonal {@code diagonal} down (torch.tril). */
  @Fn(method = true)
  public static Array tril(Array input, @Default("0") long diagonal) {
    return Creation.tril(input, diagonal);
  }

  /** Returns the upper triangle, from diagonal {@code diagonal} up (torch.triu). */
  @Fn(method = true)
  public static Array triu(Array input, @Default("0") long diagonal) {
    return Creation.triu(input, diagonal);
  }

  // ------------------------------------------------------------------ creation

  /** Returns [start, end) in steps (torch.arange): int64 for integers, else float32. */
  public static Array arange(Number start, Number end, Number step) {
    return TorchCreation.arange(start, end, step, null);
  }

  /** Returns {@code steps} evenly spaced float32 values from start to end (torch.linspace). */
  public static Array linspace(Number start, Number end, long steps) {
    return TorchCreation.linspace(start, end, steps, null);
  }

  /** Returns zeros of {@code size}, float32 (torch.zeros). */
  public static Array zeros(long... size) {
    return TorchCreation.zeros(size, null);
  }

  /** Returns ones of {@code size}, float32 (torch.ones). */
  public static Array ones(long... size) {
    return TorchCreation.ones(size, null);
  }

  /**
   * Returns a tensor of {@code size} filled with {@code value}, typed by the value (torch.full).
   */
  public static Array full(long[] size, Object value) {
    return TorchCreation.full(size, value, null);
  }

  /** Returns the n x m float32 identity (torch.eye). */
  public static Array eye(long n, long m) {
    return TorchCreation.eye(n, m, null);
  }

  /** Returns a tensor of a Java value, floats as float32 and integers as int64 (torch.tensor). */
  public static Array tensor(Object data, DType dtype) {
    return TorchCreation.tensor(data, dtype);
  }

  // ------------------------------------------------------------------ sorting and products

  /** Returns the values sorted along {@code dim} and their int64 indices (torch.sort). */
  public static List<Array> sort(Array input, int dim, boolean descending) {
    return TorchSearch.sort(input, dim, descending);
  }

  /** Returns the {@code k} largest (or smallest) values and their indices (torch.topk). */
  public static List<Array> topk(Array input, long k, int dim, boolean largest) {
    return TorchSearch.topk(input, k, dim, largest, true);
  }

  /** Returns the sorted unique values (torch.unique). */
  public static Array unique(Array input) {
    return (Array) TorchSearch.unique(input, false, false);
  }

  /** Returns the matrix product with broadcasting (torch.matmul). */
  @Fn(method = true)
  public static Array matmul(Array input, Array other) {
    return TorchLinalg.matmul(input, other);
  }

  /** Returns the product of two 2-D tensors (torch.mm). */
  @Fn(method = true)
  public static Array mm(Array input, Array mat2) {
    return TorchLinalg.mm(input, mat2);
  }

  /** Returns the batched product of two 3-D tensors (torch.bmm). */
  @Fn(method = true)
  public static Array bmm(Array input, Array mat2) {
    return TorchLinalg.bmm(input, mat2);
  }

  /** Returns {@code beta * input + alpha * (mat1 @ mat2)} (torch.addmm). */
  @Fn(method = true)
  public static Array addmm(
      Array input, Array mat1, Array mat2, @Default("1") Number beta, @Default("1") Number alpha) {
    return TorchLinalg.addProduct(
        input,
        TorchLinalg.mat("addmm", "mat1", mat1, 2),
        TorchLinalg.mat("addmm", "mat2", mat2, 2),
        beta,
        alpha);
  }

  /** Returns the Einstein summation of {@code operands} (torch.einsum). */
  public static Array einsum(String equation, Array... operands) {
    return Einsum.einsum(equation, TorchShapes.promoted(List.of(operands)).toArray(new Array[0]));
  }

  /**
   * {@code torch.nn}: {@link #functional} and torch-style modules ({@link nn.Module}, {@link
   * nn.Linear}, {@link nn.Conv2d}, {@link nn.Sequential}...).
   *
   * <p>The module classes are nested types, so they read as in PyTorch: {@code class Network
   * extends TorchFrontend.nn.Module}, {@code new TorchFrontend.nn.Linear(3, 3)}. Layers wrap the
   * core layers of {@code dev.ivy.nn} (same initialisation, same maths), keeping PyTorch's
   * parameter names and layouts, so {@code stateDict()} matches PyTorch's {@code state_dict()}.
   */
  public static final class nn {
    private nn() {}

    /** {@code torch.nn.functional}. */
    public final TorchNnFunctional functional = new TorchNnFunctional();

    /**
     * A trainable tensor of a module ({@code torch.nn.Parameter}): a holder whose {@link #data()}
     * the module's forward reads, so the same module can run with other values (a converted module
     * binds it to the variables it is called with).
     */
    public static final class Parameter {
      private Array data;

      /**
       * Creates a parameter holding {@code data}.
       *
       * @throws IvyArgumentException if data is null
       */
      public Parameter(Array data) {
        setData(data);
      }

      /** Returns the current value. */
      public Array data() {
        return data;
      }

      /**
       * Replaces the value ({@code param.data = x}).
       *
       * @throws IvyArgumentException if data is null
       */
      public void setData(Array data) {
        if (data == null) {
          throw new IvyArgumentException("Parameter.setData: data must not be null");
        }
        this.data = data;
      }

      /** Returns the value's shape. */
      public dev.ivy.Shape shape() {
        return data.shape();
      }

      /** Returns the value's dtype. */
      public DType dtype() {
        return data.dtype();
      }

      @Override
      public String toString() {
        return "Parameter containing: " + data;
      }
    }

    /**
     * The keys {@link Module#loadStateDict(Map, boolean)} did not match ({@code
     * torch.nn.modules.module._IncompatibleKeys}).
     *
     * @param missingKeys keys of the module that the state dict lacks
     * @param unexpectedKeys keys of the state dict that the module lacks
     */
    public record IncompatibleKeys(List<String> missingKeys, List<String> unexpectedKeys) {}

    /**
     * The base class of torch-style modules ({@code torch.nn.Module}). Subclass it, register
     * parameters, buffers and submodules, and override {@link #forward(Array)} (or {@link
     * #forward(List)} for several inputs or outputs), reading the parameters like PyTorch code
     * does:
     *
     * <pre>{@code
     * class Network extends TorchFrontend.nn.Module {
     *   final TorchFrontend.nn.Linear linear = registerModule("_linear", new TorchFrontend.nn.Linear(3, 3));
     *
     *   public Array forward(Array x) {
     *     return linear.call(x);
     *   }
     * }
     * }</pre>
     *
     * <p><b>Registration is explicit.</b> Java has no {@code __setattr__}: a parameter, buffer or
     * submodule exists for the module once passed to {@link #registerParameter}, {@link
     * #registerBuffer} or {@link #registerModule}, which return it so that a field can be
     * initialised in one line. Field initialisers run in declaration order, so the order of {@link
     * #stateDict()} is the order of the fields, as in PyTorch. (Reflection over fields was not
     * chosen: the JVM does not promise the order of declared fields, and it would need access to
     * private fields of user classes.)
     *
     * <p><b>Trees.</b> {@link #namedParameters()}, {@link #namedBuffers()} and {@link #stateDict()}
     * use PyTorch's dotted names ({@code _linear.weight}) and order (a module's own entries, then
     * each child's). {@link #loadStateDict(Map)} checks names and shapes and casts values to each
     * parameter's dtype and backend. {@code Ivy.toIvyModule(module)} turns a module into an Ivy
     * module to trace, move and train with Ivy's optimizers.
     *
     * <p>Modules are not thread-safe (a converted module binds the parameters while it runs).
     */
    public abstract static class Module {
      private final LinkedHashMap<String, Parameter> params = new LinkedHashMap<>();
      private final LinkedHashMap<String, Array> buffers = new LinkedHashMap<>();
      private final LinkedHashMap<String, Module> children = new LinkedHashMap<>();
      private boolean training = true;

      /** Creates a module with nothing registered, in training mode. */
      protected Module() {}

      // -------------------------------------------------------------- registration

      /**
       * Registers {@code param} under {@code name} ({@code register_parameter}) and returns it.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or param is null
       */
      public final <P extends Parameter> P registerParameter(String name, P param) {
        checkName("registerParameter", name, param);
        params.put(name, param);
        return param;
      }

      /**
       * Registers a buffer, state that is saved but not trained ({@code register_buffer}), and
       * returns it; read it with {@link #getBuffer} and replace it with {@link #setBuffer}.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or value is null
       */
      public final Array registerBuffer(String name, Array value) {
        checkName("registerBuffer", name, value);
        buffers.put(name, value);
        return value;
      }

      /**
       * Registers {@code module} as a child under {@code name} ({@code register_module}, {@code
       * add_module}) and returns it.
       *
       * @throws IvyArgumentException if the name is empty, holds '.', or is taken, or the module is
       *     null or this one
       */
      public final <M extends Module> M registerModule(String name, M module) {
        checkName("registerModule", name, module);
        if (module == this) {
          throw new IvyArgumentException(
              name() + ".registerModule: a module cannot be its own child ('" + name + "')");
        }
        children.put(name, module);
        return module;
      }

      /**
       * Replaces the value of this module's own buffer {@code name}.
       *
       * @throws IvyArgumentException if no buffer of that name is registered or value is null
       */
      public final void setBuffer(String name, Array value) {
        if (!buffers.containsKey(name) || value == null) {
          throw new IvyArgumentException(
              name() + ".setBuffer: needs a registered buffer and a value; got '" + name + "'");
        }
        buffers.put(name, value);
      }

      /**
       * Returns the buffer at the dotted path {@code target} ({@code get_buffer}).
       *
       * @throws IvyArgumentException if there is none
       */
      public final Array getBuffer(String target) {
        Array a = namedBuffers().get(target);
        if (a == null) {
          throw new IvyArgumentException(
              name() + ".getBuffer: no buffer '" + target + "'; has " + namedBuffers().keySet());
        }
        return a;
      }

      /**
       * Returns the parameter at the dotted path {@code target} ({@code get_parameter}).
       *
       * @throws IvyArgumentException if there is none
       */
      public final Parameter getParameter(String target) {
        Parameter p = namedParameters().get(target);
        if (p == null) {
          throw new IvyArgumentException(
              name()
                  + ".getParameter: no parameter '"
                  + target
                  + "'; has "
                  + namedParameters().keySet());
        }
        return p;
      }

      private void checkName(String fn, String name, Object value) {
        if (name == null || name.isEmpty() || name.contains(".")) {
          throw new IvyArgumentException(
              name() + "." + fn + ": name must be non-empty without '.'; got '" + name + "'");
        }
        if (params.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
          throw new IvyArgumentException(
              name() + "." + fn + ": the name '" + name + "' is already taken in this module");
        }
        if (value == null) {
          throw new IvyArgumentException(
              name() + "." + fn + ": the value of '" + name + "' must not be null");
        }
      }

      // -------------------------------------------------------------- forward

      /**
       * Computes the output of one input ({@code forward(x)}). Override it (or {@link
       * #forward(List)}); the default raises.
       *
       * @throws IvyArgumentException if the module does not define it
       */
      public Array forward(Array x) {
        throw new IvyArgumentException(
            name() + ".forward: the module must override forward(Array) to take one input");
      }

      /**
       * Computes the outputs of several inputs (MultiheadAttention: query, key, value; LSTM: input,
       * h0, c0). The default takes one input and returns {@link #forward(Array)}'s output.
       *
       * @throws IvyArgumentException if the module does not take that many inputs
       */
      public List<Array> forward(List<Array> inputs) {
        if (inputs.size() != 1) {
          throw new IvyArgumentException(
              name()
                  + ".forward: the module must override forward(List) to take "
                  + inputs.size()
                  + " inputs");
        }
        return List.of(forward(inputs.get(0)));
      }

      /**
       * Runs the module on {@code x} ({@code module(x)}).
       *
       * @throws IvyArgumentException if x is null or does not fit the module
       */
      public final Array call(Array x) {
        if (x == null) {
          throw new IvyArgumentException(name() + ".call: x must not be null");
        }
        return forward(x);
      }

      /**
       * Runs the module on several inputs ({@code module(*inputs)}) and returns its outputs.
       *
       * @throws IvyArgumentException if the list is empty, holds null first, or does not fit
       */
      public final List<Array> call(List<Array> inputs) {
        if (inputs == null || inputs.isEmpty() || inputs.get(0) == null) {
          throw new IvyArgumentException(name() + ".call: needs at least one non-null input");
        }
        return forward(inputs);
      }

      // -------------------------------------------------------------- trees

      /** Returns every parameter, each once, in {@link #namedParameters()} order. */
      public final List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
      }

      /**
       * Returns the parameters by dotted name ({@code named_parameters}): own ones, then each
       * child's under its name; a parameter shared by two modules appears once, first name.
       */
      public final Map<String, Parameter> namedParameters() {
        LinkedHashMap<String, Parameter> r = new LinkedHashMap<>();
        java.util.Set<Parameter> seen =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectParameters("", r, seen);
        return r;
      }

      private void collectParameters(
          String prefix, Map<String, Parameter> r, java.util.Set<Parameter> seen) {
        params.forEach(
            (n, p) -> {
              if (seen.add(p)) {
                r.put(prefix + n, p);
              }
            });
        children.forEach((n, m) -> m.collectParameters(prefix + n + ".", r, seen));
      }

      /** Returns the buffers by dotted name ({@code named_buffers}), ordered as parameters. */
      public final Map<String, Array> namedBuffers() {
        LinkedHashMap<String, Array> r = new LinkedHashMap<>();
        collectBuffers("", r);
        return r;
      }

      private void collectBuffers(String prefix, Map<String, Array> r) {
        buffers.forEach((n, a) -> r.put(prefix + n, a));
        children.forEach((n, m) -> m.collectBuffers(prefix + n + ".", r));
      }

      /** Returns the children by name, in registration order ({@code named_children}). */
      public final Map<String, Module> namedChildren() {
        return java.util.Collections.unmodifiableMap(children);
      }

      /**
       * Returns the state dict ({@code state_dict}): for this module its parameters, then its
       * buffers, then each child's entries under its name, with dotted names, as PyTorch orders it.
       */
      public final Map<String, Array> stateDict() {
        LinkedHashMap<String, Array> r = new LinkedHashMap<>();
        collectState("", r);
        return r;
      }

      private void collectState(String prefix, Map<String, Array> r) {
        params.forEach((n, p) -> r.put(prefix + n, p.data()));
        buffers.forEach((n, a) -> r.put(prefix + n, a));
        children.forEach((n, m) -> m.collectState(prefix + n + ".", r));
      }

      /**
       * Loads a state dict strictly ({@code load_state_dict(sd)}): its keys must be exactly those
       * of {@link #stateDict()}.
       *
       * @return no missing and no unexpected keys
       * @throws IvyArgumentException naming the missing and unexpected keys, or the key whose shape
       *     differs; the module is left unchanged
       */
      public final IncompatibleKeys loadStateDict(Map<String, Array> stateDict) {
        return loadStateDict(stateDict, true);
      }

      /**
       * Loads the variables of a tree ({@code Ivy.toIvyModule(m).v()} after training): each path
       * {@code a/b} is the key {@code a.b}, loaded strictly as {@link #loadStateDict(Map)}.
       *
       * @throws IvyArgumentException as {@link #loadStateDict(Map)}
       */
      public final IncompatibleKeys loadStateDict(dev.ivy.nn.Variables tree) {
        if (tree == null) {
          throw new IvyArgumentException(name() + ".loadStateDict: the tree must not be null");
        }
        LinkedHashMap<String, Array> sd = new LinkedHashMap<>();
        tree.asMap().forEach((p, a) -> sd.put(p.replace('/', '.'), a));
        return loadStateDict(sd, true);
      }

      /**
       * Copies the values of {@code stateDict} into the parameters and buffers of the same names
       * ({@code load_state_dict(sd, strict)}), cast to each one's dtype and moved to its backend.
       * With {@code strict}, a missing or unexpected key is an error; without it, those keys are
       * returned and the matching ones loaded. A shape that differs is always an error.
       *
       * @throws IvyArgumentException naming the missing and unexpected keys (strict), or the key
       *     whose shape differs, or a null value; the module is left unchanged
       */
      public final IncompatibleKeys loadStateDict(Map<String, Array> stateDict, boolean strict) {
        String fn = name() + ".loadStateDict";
        if (stateDict == null) {
          throw new IvyArgumentException(fn + ": the state dict must not be null");
        }
        Map<String, Array> mine = stateDict();
        List<String> missing = new ArrayList<>();
        for (String k : mine.keySet()) {
          if (!stateDict.containsKey(k)) {
            missing.add(k);
          }
        }
        List<String> unexpected = new ArrayList<>();
        for (String k : stateDict.keySet()) {
          if (!mine.containsKey(k)) {
            unexpected.add(k);
          }
        }
        if (strict && (!missing.isEmpty() || !unexpected.isEmpty())) {
          throw new IvyArgumentException(
              fn
                  + ": the state dict must have exactly the module's keys; missing "
                  + missing
                  + ", unexpected "
                  + unexpected);
        }
        LinkedHashMap<String, Array> load = new LinkedHashMap<>();
        for (Map.Entry<String, Array> e : mine.entrySet()) {
          if (!stateDict.containsKey(e.getKey())) {
            continue;
          }
          Array want = e.getValue();
          Array got = stateDict.get(e.getKey());
          if (got == null) {
            throw new IvyArgumentException(fn + ": the value of '" + e.getKey() + "' is null");
          }
          if (!want.shape().equals(got.shape())) {
            throw new IvyArgumentException(
                fn
                    + ": size mismatch for "
                    + e.getKey()
                    + ": the module has shape "
                    + want.shape()
                    + "; the state dict has "
                    + got.shape());
          }
          Array v = got.dtype() == want.dtype() ? got : Ivy.astype(got, want.dtype());
          if (v.backend() != want.backend()) {
            v = Ivy.toBackend(v, want.backendName());
          }
          load.put(e.getKey(), v);
        }
        load.forEach(this::assignAt);
        return new IncompatibleKeys(List.copyOf(missing), List.copyOf(unexpected));
      }

      /** Sets the parameter or buffer at dotted {@code path} (no checks: callers checked). */
      final void assignAt(String path, Array value) {
        int dot = path.indexOf('.');
        if (dot >= 0) {
          children.get(path.substring(0, dot)).assignAt(path.substring(dot + 1), value);
        } else if (params.containsKey(path)) {
          params.get(path).setData(value);
        } else {
          buffers.put(path, value);
        }
      }

      // -------------------------------------------------------------- modes and backends

      /** Puts this module and its descendants in training mode ({@code train()}); returns this. */
      public Module train() {
        return train(true);
      }

      /** Sets training mode ({@code train(mode)}) on this module and its descendants. */
      public Module train(boolean mode) {
        training = mode;
        children.values().forEach(m -> m.train(mode));
        return this;
      }

      /** Puts this module and its descendants in evaluation mode ({@code eval()}); returns this. */
      public Module eval() {
        return train(false);
      }

      /** Returns whether the module is in training mode ({@code module.training}). */
      public final boolean isTraining() {
        return training;
      }

      /**
       * Moves every parameter and buffer to backend {@code backend} ({@code module.to(device)}) and
       * returns this module.
       *
       * @throws dev.ivy.errors.BackendNotFoundException if no backend has that name
       */
      public Module to(String backend) {
        Map<String, Array> sd = stateDict();
        LinkedHashMap<String, Array> moved = new LinkedHashMap<>();
        sd.forEach((k, a) -> moved.put(k, Ivy.toBackend(a, backend)));
        moved.forEach(this::assignAt);
        return this;
      }

      // -------------------------------------------------------------- printing

      /** Returns the module's name in messages and in {@link #toString()}: its class's name. */
      protected String name() {
        String s = getClass().getSimpleName();
        return s.isEmpty() ? "Module" : s;
      }

      /** Returns the extra text printed in parentheses after the name ({@code extra_repr}). */
      protected String extraRepr() {
        return "";
      }

      /** Returns PyTorch's module printout: the name, extra text, then children indented. */
      @Override
      public String toString() {
        StringBuilder sb = new StringBuilder(name()).append('(').append(extraRepr());
        if (!children.isEmpty()) {
          sb.append('\n');
          children.forEach(
              (n, m) ->
                  sb.append("  (")
                      .append(n)
                      .append("): ")
                      .append(m.toString().replace("\n", "\n  "))
                      .append('\n'));
        }
        return sb.append(')').toString();
      }
    }

    /** A child that only groups parameters of a wrapped layer (MultiheadAttention's out_proj). */
    static final class Group extends Module {
      Group() {}
    }

    /**
     * A torch-style layer made from a core {@code dev.ivy.nn} layer: the core layer's variables
     * become parameters (paths {@code a/b} as child {@code a}'s parameter {@code b}) and its
     * buffers buffers, and forward calls the core layer with the current values.
     */
    abstract static class CoreLayer extends Module {
      private final dev.ivy.nn.Module core;

      CoreLayer(dev.ivy.nn.Module core) {
        this.core = core;
        core.v().asMap().forEach((p, a) -> owner(p).registerParameter(leaf(p), new Parameter(a)));
        core.buffers().asMap().forEach((p, a) -> owner(p).registerBuffer(leaf(p), a));
      }

      private Module owner(String path) {
        Module m = this;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
          Module c = m.namedChildren().get(parts[i]);
          m = c != null ? c : m.registerModule(parts[i], new Group());
        }
        return m;
      }

      private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
      }

      @Override
      public Array forward(Array x) {
        return forward(List.of(x)).get(0);
      }

      @Override
      public List<Array> forward(List<Array> inputs) {
        dev.ivy.nn.Variables.Builder vb = dev.ivy.nn.Variables.builder();
        namedParameters().forEach((n, p) -> vb.put(n.replace('.', '/'), p.data()));
        if (isTraining() != core.isTraining()) {
          if (isTraining()) {
            core.train();
          } else {
            core.eval();
          }
        }
        dev.ivy.nn.Variables coreBuffers = core.buffers();
        if (!coreBuffers.isEmpty()) {
          Map<String, Array> mine = namedBuffers();
          core.setBuffers(coreBuffers.mapPaths(p -> mine.get(p.replace('/', '.'))));
        }
        List<Array> out = core.call(inputs, vb.build());
        if (!coreBuffers.isEmpty()) {
          core.buffers().asMap().forEach((p, a) -> assignAt(p.replace('/', '.'), a));
        }
        return out;
      }
    }

    /** {@code torch.nn.Linear}: y = x W^T + b, weight [out, in], bias [out]. */
    public static final class Linear extends CoreLayer {
      private final String repr;

      /** Creates a float32 layer with a bias (initialised from the thread's generator). */
      public Linear(long inFeatures, long outFeatures) {
        this(inFeatures, outFeatures, true, DType.FLOAT32);
      }

      /**
       * Creates a layer ({@code nn.Linear(in, out, bias, dtype=...)}).
       *
       * @param dtype a floating dtype, or null for float32
       * @throws IvyArgumentException if a size is not positive or dtype is not floating
       */
      public Linear(long inFeatures, long outFeatures, boolean bias, DType dtype) {
        super(new dev.ivy.nn.Linear(inFeatures, outFeatures, bias, dtype, null));
        repr =
            "in_features="
                + inFeatures
                + ", out_features="
                + outFeatures
                + ", bias="
                + (bias ? "True" : "False");
      }

      @Override
      protected String extraRepr() {
        return repr;
      }
    }

    /** {@code torch.nn.Conv1d} on [N, C, L]. */
    public static final class Conv1d extends CoreLayer {
      /** Creates a float32 layer with stride 1, no padding and a bias. */
      public Conv1d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true);
      }

      /**
       * Creates a layer; see {@code dev.ivy.nn.Conv1d} for the arguments.
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public Conv1d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          Object padding,
          long[] dilation,
          long groups,
          boolean bias) {
        super(
            new dev.ivy.nn.Conv1d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }
    }

    /** {@code torch.nn.Conv2d} on [N, C, H, W]. */
    public static final class Conv2d extends CoreLayer {
      /** Creates a float32 layer with a square kernel, stride 1, no padding and a bias. */
      public Conv2d(long inChannels, long outChannels, long kernelSize) {
        this(inChannels, outChannels, new long[] {kernelSize}, null, null, null, 1, true);
      }

      /**
       * Creates a layer ({@code nn.Conv2d(in, out, kernel_size, stride, padding, dilation, groups,
       * bias)}); tuples hold one value or one per dimension, padding is a number, a long[], "same"
       * or "valid"; null means PyTorch's default.
       *
       * @throws IvyArgumentException if a size or tuple is invalid
       */
      public Conv2d(
          long inChannels,
          long outChannels,
          long[] kernelSize,
          long[] stride,
          Object padding,
          long[] dilation,
          long groups,
          boolean bias) {
        super(
            new dev.ivy.nn.Conv2d(
                inChannels,
                outChannels,
                kernelSize,
                stride,
                padding,
                dilation,
                groups,
                bias,
                DType.FLOAT32,
                null));
      }
    }

    /** {@code torch.nn.BatchNorm1d} on [N, C] or [N, C, L]. */
    public static final class BatchNorm1d extends CoreLayer {
      /** Creates a layer with eps 1e-5, momentum 0.1, affine parameters and running statistics. */
      public BatchNorm1d(long numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numFeatures or eps is not positive or momentum is outside
       *     [0, 1]
       */
      public BatchNorm1d(
          long numFeatures,
          double eps,
          double momentum,
          boolean affine,
          boolean trackRunningStats) {
        super(
            new dev.ivy.nn.BatchNorm1d(
                numFeatures, eps, momentum, affine, trackRunningStats, DType.FLOAT32));
      }
    }

    /**
     * {@code torch.nn.BatchNorm2d} on [N, C, H, W]: parameters weight and bias, buffers
     * running_mean, running_var and num_batches_tracked (updated by calls in training mode).
     */
    public static final class BatchNorm2d extends CoreLayer {
      /** Creates a layer with eps 1e-5, momentum 0.1, affine parameters and running statistics. */
      public BatchNorm2d(long numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numFeatures or eps is not positive or momentum is outside
       *     [0, 1]
       */
      public BatchNorm2d(
          long numFeatures,
          double eps,
          double momentum,
          boolean affine,
          boolean trackRunningStats) {
        super(
            new dev.ivy.nn.BatchNorm2d(
                numFeatures, eps, momentum, affine, trackRunningStats, DType.FLOAT32));
      }
    }

    /** {@code torch.nn.LayerNorm} over the trailing {@code normalizedShape} dimensions. */
    public static final class LayerNorm extends CoreLayer {
      /** Creates a layer with eps 1e-5, weight and bias. */
      public LayerNorm(long... normalizedShape) {
        this(normalizedShape, 1e-5, true);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if the shape is empty or not positive, or eps is not positive
       */
      public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine) {
        super(new dev.ivy.nn.LayerNorm(normalizedShape, eps, elementwiseAffine, true, null));
      }
    }

    /** {@code torch.nn.GroupNorm}. */
    public static final class GroupNorm extends CoreLayer {
      /**
       * Creates a layer with eps 1e-5 and affine parameters.
       *
       * @throws IvyArgumentException if numGroups does not divide numChannels
       */
      public GroupNorm(long numGroups, long numChannels) {
        super(new dev.ivy.nn.GroupNorm(numGroups, numChannels));
      }
    }

    /** {@code torch.nn.Embedding}: a lookup table weight [n, d] of integer indices. */
    public static final class Embedding extends CoreLayer {
      /** Creates a table drawn from N(0, 1). */
      public Embedding(long numEmbeddings, long embeddingDim) {
        this(numEmbeddings, embeddingDim, null);
      }

      /**
       * Creates a table whose row {@code paddingIdx} (or none, if null) is zero.
       *
       * @throws IvyArgumentException if a size is not positive or paddingIdx is out of range
       */
      public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx) {
        super(
            new dev.ivy.nn.Embedding(
                numEmbeddings, embeddingDim, paddingIdx, null, DType.FLOAT32, null));
      }
    }

    /**
     * {@code torch.nn.MultiheadAttention}: {@code call(List.of(query, key, value))} returns the
     * output and the head-averaged attention weights; parameters in_proj_weight, in_proj_bias,
     * out_proj.weight, out_proj.bias.
     */
    public static final class MultiheadAttention extends CoreLayer {
      /** Creates a layer with biases, no dropout, sequence-first inputs [L, N, E]. */
      public MultiheadAttention(long embedDim, long numHeads) {
        this(embedDim, numHeads, 0.0, true, false);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if numHeads does not divide embedDim or dropout is outside [0,
       *     1)
       */
      public MultiheadAttention(
          long embedDim, long numHeads, double dropout, boolean bias, boolean batchFirst) {
        super(
            new dev.ivy.nn.MultiHeadAttention(
                embedDim, numHeads, dropout, bias, batchFirst, DType.FLOAT32, null));
      }
    }

    /**
     * {@code torch.nn.LSTM}: {@code call(List.of(x))} or {@code call(List.of(x, h0, c0))} returns
     * output, h_n and c_n; {@code call(x)} the output only.
     */
    public static final class LSTM extends CoreLayer {
      /** Creates a one-layer, unidirectional LSTM with biases, sequence-first. */
      public LSTM(long inputSize, long hiddenSize) {
        this(inputSize, hiddenSize, 1, true, false, 0.0, false);
      }

      /**
       * Creates a LSTM.
       *
       * @throws IvyArgumentException if a size is not positive or dropout is outside [0, 1)
       */
      public LSTM(
          long inputSize,
          long hiddenSize,
          int numLayers,
          boolean bias,
          boolean batchFirst,
          double dropout,
          boolean bidirectional) {
        super(
            new dev.ivy.nn.LSTM(
                inputSize,
                hiddenSize,
                numLayers,
                bias,
                batchFirst,
                dropout,
                bidirectional,
                DType.FLOAT32,
                null));
      }
    }

    /** {@code torch.nn.GRU}: {@code call(List.of(x, h0))} returns output and h_n. */
    public static final class GRU extends CoreLayer {
      /** Creates a one-layer, unidirectional GRU with biases, sequence-first. */
      public GRU(long inputSize, long hiddenSize) {
        super(new dev.ivy.nn.GRU(inputSize, hiddenSize));
      }
    }

    /** {@code torch.nn.Dropout}: zeroes elements with probability p in training mode. */
    public static final class Dropout extends CoreLayer {
      /** Creates a layer with p = 0.5. */
      public Dropout() {
        this(0.5);
      }

      /**
       * Creates a layer.
       *
       * @throws IvyArgumentException if p is outside [0, 1]
       */
      public Dropout(double p) {
        super(new dev.ivy.nn.Dropout(p));
      }
    }

    /** {@code torch.nn.ReLU}. */
    public static final class ReLU extends CoreLayer {
      /** Creates the activation. */
      public ReLU() {
        super(new dev.ivy.nn.ReLU());
      }
    }

    /** {@code torch.nn.Tanh}. */
    public static final class Tanh extends CoreLayer {
      /** Creates the activation. */
      public Tanh() {
        super(new dev.ivy.nn.Tanh());
      }
    }

    /** {@code torch.nn.Sigmoid}. */
    public static final class Sigmoid extends CoreLayer {
      /** Creates the activation. */
      public Sigmoid() {
        super(new dev.ivy.nn.Sigmoid());
      }
    }

    /** {@code torch.nn.GELU} (exact, erf-based). */
    public static final class GELU extends CoreLayer {
      /** Creates the activation. */
      public GELU() {
        super(new dev.ivy.nn.GELU());
      }
    }

    /** {@code torch.nn.SiLU}. */
    public static final class SiLU extends CoreLayer {
      /** Creates the activation. */
      public SiLU() {
        super(new dev.ivy.nn.SiLU());
      }
    }

    /** {@code torch.nn.Softmax} along {@code dim}. */
    public static final class Softmax extends CoreLayer {
      /** Creates the activation. */
      public Softmax(int dim) {
        super(new dev.ivy.nn.Softmax(dim));
      }
    }

    /** {@code torch.nn.Flatten}: flattens dimensions 1 to -1. */
    public static final class Flatten extends CoreLayer {
      /** Creates the layer. */
      public Flatten() {
        super(new dev.ivy.nn.Flatten());
      }
    }

    /** {@code torch.nn.Identity}. */
    public static final class Identity extends CoreLayer {
      /** Creates the layer. */
      public Identity() {
        super(new dev.ivy.nn.Identity());
      }
    }

    /** {@code torch.nn.Sequential}: children named 0, 1, ... applied in order. */
    public static final class Sequential extends Module {
      /**
       * Creates the container.
       *
       * @throws IvyArgumentException if a module is null
       */
      public Sequential(Module... modules) {
        for (int i = 0; i < modules.length; i++) {
          registerModule(Integer.toString(i), modules[i]);
        }
      }

      @Override
      public Array forward(Array x) {
        Array h = x;
        for (Module m : namedChildren().values()) {
          h = m.call(h);
        }
        return h;
      }
    }
  }
}
