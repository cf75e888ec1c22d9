package dev.ivy.frontend.torch;

import static dev.ivy.registry.Param.opt;
import static dev.ivy.registry.Param.req;
import static dev.ivy.registry.Param.varargs;

import dev.ivy.Array;
import dev.ivy.DType;
import dev.ivy.errors.IvyArgumentException;
import dev.ivy.ops.Activations;
import dev.ivy.ops.Creation;
import dev.ivy.ops.Decompositions;
import dev.ivy.ops.Einsum;
import dev.ivy.ops.Elementwise;
import dev.ivy.ops.Losses;
import dev.ivy.ops.Manipulation;
import dev.ivy.ops.Pooling;
import dev.ivy.registry.Args;
import dev.ivy.registry.FunctionProvider;
import dev.ivy.registry.FunctionRegistry;
import dev.ivy.registry.Param;
import dev.ivy.registry.RegisteredFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the PyTorch frontend under the namespace {@code torch}: {@code torch.*} functions by
 * their names ({@code add}, {@code nn.functional.one_hot}, {@code linalg.norm}) and tensor methods
 * as {@code Tensor.NAME} with the tensor first, all with PyTorch's parameter names and defaults.
 */
public final class TorchFunctions implements FunctionProvider {
  private static final String NS = "torch";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public TorchFunctions() {}

  @Override
  public void register(FunctionRegistry.Builder r) {
    Reg g = new Reg(r);
    pointwise(g);
    reductions(g);
    shapes(g);
    linalg(g);
    nn(g);
    tensorMethods(g);
    extras(g);
    dunders(g);
  }

  /** Registration helpers. */
  private static final class Reg {
    final FunctionRegistry.Builder r;

    Reg(FunctionRegistry.Builder r) {
      this.r = r;
    }

    void fn(String name, List<Param> params, RegisteredFunction.Body body) {
      r.add(NS, name, params, body);
    }

    /** Registers {@code torch.NAME} and {@code Tensor.NAME}. */
    void both(String name, List<Param> params, RegisteredFunction.Body body) {
      fn(name, params, body);
      fn("Tensor." + name, params, body);
    }
  }

  // ------------------------------------------------------------------ argument helpers

  private static int[] dims(Args a, String name) {
    return a.intsOrNull(name);
  }

  /** Returns a size given as varargs ({@code ones(2, 3)}) or as one sequence. */
  static long[] sizes(Args a, String name) {
    Object v = a.get(name);
    if (v instanceof List<?> l
        && l.size() == 1
        && (l.get(0) instanceof List || l.get(0) instanceof Array)) {
      return TorchShapes.longs(l.get(0));
    }
    return TorchShapes.longs(v);
  }

  private static Number num(Args a, String name) {
    return a.numberOrNull(name);
  }

  private static Array t(Args a) {
    return a.array("input");
  }

  private static final List<Param> X = List.of(req("input"));

  // ------------------------------------------------------------------ pointwise

  private static void pointwise(Reg g) {
    // declared in TorchFrontend and TorchSpecial
  }

  private static List<Array> nonzeroTuple(Array x) {
    List<Array> r = new ArrayList<>();
    for (Array a : dev.ivy.ops.Searching.nonzero(x)) {
      r.add(TorchTypes.cast(a, DType.INT64));
    }
    return r;
  }

  // ------------------------------------------------------------------ reductions

  private static void reductions(Reg g) {
    // declared in TorchFrontend
  }

  // ------------------------------------------------------------------ shapes and indexing

  private static void shapes(Reg g) {
    g.both(
        "reshape",
        List.of(req("input"), varargs("shape")),
        a -> TorchShapes.reshape(t(a), sizes(a, "shape")));
    g.both(
        "flatten",
        List.of(req("input"), opt("start_dim", 0L), opt("end_dim", -1L)),
        a -> TorchShapes.flatten(t(a), a.intValue("start_dim"), a.intValue("end_dim")));
    g.both(
        "unflatten",
        List.of(req("input"), req("dim"), req("sizes")),
        a -> TorchShapes.unflatten(t(a), a.intValue("dim"), a.longs("sizes")));
    g.both(
        "permute",
        List.of(req("input"), varargs("dims")),
        a -> TorchShapes.permute(t(a), ints(sizes(a, "dims"))));
    List<Param> trP = List.of(req("input"), req("dim0"), req("dim1"));
    RegisteredFunction.Body tr =
        a -> TorchShapes.transpose(t(a), a.intValue("dim0"), a.intValue("dim1"));
    g.both("transpose", trP, tr);
    g.both("swapdims", trP, tr);
    g.both(
        "swapaxes",
        List.of(req("input"), req("axis0"), req("axis1")),
        a -> TorchShapes.transpose(t(a), a.intValue("axis0"), a.intValue("axis1")));
    g.both("t", X, a -> TorchShapes.t(t(a)));
    g.both("adjoint", X, a -> TorchShapes.transpose(t(a), -2, -1));
    g.both(
        "squeeze",
        List.of(req("input"), opt("dim", null)),
        a -> TorchShapes.squeeze(t(a), dims(a, "dim")));
    g.both(
        "unsqueeze",
        List.of(req("input"), req("dim")),
        a -> TorchShapes.unsqueeze(t(a), a.intValue("dim")));
    List<Param> catP = List.of(req("tensors"), opt("dim", 0L));
    RegisteredFunction.Body cat = a -> TorchShapes.cat(a.arrays("tensors"), a.intValue("dim"));
    g.fn("cat", catP, cat);
    g.fn("concat", catP, cat);
    g.fn("concatenate", catP, cat);
    g.fn("stack", catP, a -> TorchShapes.stack(a.arrays("tensors"), a.intValue("dim")));
    g.fn("hstack", List.of(req("tensors")), a -> TorchShapes.hstack(a.arrays("tensors")));
    g.fn("vstack", List.of(req("tensors")), a -> TorchShapes.vstack(a.arrays("tensors")));
    g.fn("row_stack", List.of(req("tensors")), a -> TorchShapes.vstack(a.arrays("tensors")));
    g.fn("dstack", List.of(req("tensors")), a -> TorchShapes.dstack(a.arrays("tensors")));
    g.fn(
        "column_stack", List.of(req("tensors")), a -> TorchShapes.columnStack(a.arrays("tensors")));
    g.fn("atleast_1d", List.of(varargs("tensors")), a -> atleast(a, 1));
    g.fn("atleast_2d", List.of(varargs("tensors")), a -> atleast(a, 2));
    g.fn("atleast_3d", List.of(varargs("tensors")), a -> atleast(a, 3));
    g.both(
        "split",
        List.of(req("input"), req("split_size_or_sections"), opt("dim", 0L)),
        a -> TorchShapes.split(t(a), a.get("split_size_or_sections"), a.intValue("dim")));
    g.both(
        "chunk",
        List.of(req("input"), req("chunks"), opt("dim", 0L)),
        a -> TorchShapes.chunk(t(a), a.longValue("chunks"), a.intValue("dim")));
    g.both(
        "tensor_split",
        List.of(req("input"), req("indices_or_sections"), opt("dim", 0L)),
        a -> TorchShapes.tensorSplit(t(a), a.get("indices_or_sections"), a.intValue("dim")));
    for (String[] s : new String[][] {{"hsplit", "1"}, {"vsplit", "0"}, {"dsplit", "2"}}) {
      g.both(
          s[0],
          List.of(req("input"), req("indices_or_sections")),
          a -> {
            Array x = t(a);
            int d = s[0].equals("hsplit") && x.rank() == 1 ? 0 : Integer.parseInt(s[1]);
            return TorchShapes.tensorSplit(x, a.get("indices_or_sections"), d);
          });
    }
    g.both(
        "unbind",
        List.of(req("input"), opt("dim", 0L)),
        a -> TorchShapes.unbind(t(a), a.intValue("dim")));
    g.both(
        "narrow",
        List.of(req("input"), req("dim"), req("start"), req("length")),
        a ->
            TorchShapes.narrowLength(
                t(a), a.intValue("dim"), a.longValue("start"), a.longValue("length")));
    g.both(
        "select",
        List.of(req("input"), req("dim"), req("index")),
        a -> TorchShapes.select(t(a), a.intValue("dim"), a.longValue("index")));
    g.both(
        "index_select",
        List.of(req("input"), req("dim"), req("index")),
        a -> TorchShapes.indexSelect(t(a), a.intValue("dim"), a.array("index")));
    g.both(
        "gather",
        List.of(req("input"), req("dim"), req("index"), opt("sparse_grad", false)),
        a -> TorchShapes.gather(t(a), a.intValue("dim"), a.array("index")));
    g.both(
        "take_along_dim",
        List.of(req("input"), req("indices"), opt("dim", null)),
        a -> {
          Array x = t(a);
          if (a.isNone("dim")) {
            return dev.ivy.ops.Searching.takeAlongAxis(
                Manipulation.reshape(x, -1), Manipulation.reshape(a.array("indices"), -1), 0);
          }
          return TorchShapes.gather(x, a.intValue("dim"), a.array("indices"));
        });
    g.both(
        "take",
        List.of(req("input"), req("index")),
        a -> dev.ivy.ops.Indexing.take(Manipulation.reshape(t(a), -1), a.array("index"), 0));
    g.both(
        "scatter",
        List.of(req("input"), req("dim"), req("index"), req("src"), opt("reduce", null)),
        a ->
            TorchShapes.scatter(
                t(a),
                a.intValue("dim"),
                a.array("index"),
                a.arrayOrScalar("src"),
                a.string("reduce")));
    g.both(
        "scatter_add",
        List.of(req("input"), req("dim"), req("index"), req("src")),
        a -> TorchShapes.scatter(t(a), a.intValue("dim"), a.array("index"), a.array("src"), "add"));
    g.both(
        "index_add",
        List.of(req("input"), req("dim"), req("index"), req("source"), opt("alpha", 1L)),
        a ->
            TorchShapes.indexAdd(
                t(a), a.intValue("dim"), a.array("index"), a.array("source"), num(a, "alpha")));
    g.both(
        "masked_fill",
        List.of(req("input"), req("mask"), req("value")),
        a -> TorchShapes.maskedFill(t(a), a.array("mask"), a.arrayOrScalar("value")));
    g.both(
        "masked_select",
        List.of(req("input"), req("mask")),
        a -> TorchShapes.maskedSelect(t(a), a.array("mask")));
    g.both(
        "nonzero",
        List.of(req("input"), opt("as_tuple", false)),
        a -> a.bool("as_tuple") ? nonzeroTuple(t(a)) : TorchShapes.argwhere(t(a)));
    g.both("argwhere", X, a -> TorchShapes.argwhere(t(a)));
    g.fn(
        "broadcast_to",
        List.of(req("input"), req("size")),
        a -> TorchShapes.expand(t(a), a.longs("size")));
    g.fn(
        "broadcast_tensors",
        List.of(varargs("tensors")),
        a -> Manipulation.broadcastArrays(a.arrays("tensors")));
    g.fn(
        "broadcast_shapes",
        List.of(varargs("shapes")),
        a -> {
          List<Array> xs = new ArrayList<>();
          for (Object s : (List<?>) a.get("shapes")) {
            xs.add(Creation.zeros(dev.ivy.Shape.of(TorchShapes.longs(s)), DType.BOOL));
          }
          return longList(Manipulation.broadcastArrays(xs).get(0).shape().dims());
        });
    g.both(
        "tile", List.of(req("input"), req("dims")), a -> TorchShapes.tile(t(a), a.longs("dims")));
    g.both(
        "repeat_interleave",
        List.of(req("input"), req("repeats"), opt("dim", null), opt("output_size", null)),
        a -> TorchShapes.repeatInterleave(t(a), a.get("repeats"), a.intOrNull("dim")));
    List<Param> mvP = List.of(req("input"), req("source"), req("destination"));
    RegisteredFunction.Body mv =
        a -> TorchShapes.movedim(t(a), a.intsOrNull("source"), a.intsOrNull("destination"));
    g.both("movedim", mvP, mv);
    g.both("moveaxis", mvP, mv);
    g.both(
        "roll",
        List.of(req("input"), req("shifts"), opt("dims", null)),
        a -> TorchShapes.roll(t(a), a.longs("shifts"), a.intsOrNull("dims")));
    g.fn(
        "flip",
        List.of(req("input"), req("dims")),
        a -> TorchShapes.flip(t(a), a.intsOrNull("dims")));
    g.both("fliplr", X, a -> TorchShapes.flip(t(a), new int[] {1}));
    g.both("flipud", X, a -> TorchShapes.flip(t(a), new int[] {0}));
    g.both(
        "rot90",
        List.of(req("input"), opt("k", 1L), opt("dims", List.of(0L, 1L))),
        a -> TorchShapes.rot90(t(a), a.longValue("k"), a.intsOrNull("dims")));
    List<Param> triP = List.of(req("input"), opt("diagonal", 0L));
    g.both("tril", triP, a -> Creation.tril(t(a), a.longValue("diagonal")));
    g.both("triu", triP, a -> Creation.triu(t(a), a.longValue("diagonal")));
    g.both(
        "diff",
        List.of(
            req("input"), opt("n", 1L), opt("dim", -1L), opt("prepend", null), opt("append", null)),
        a -> {
          Array x = t(a);
          int d = TorchShapes.dim("diff", a.intValue("dim"), x.rank());
          List<Array> parts = new ArrayList<>();
          if (!a.isNone("prepend")) {
            parts.add(a.array("prepend"));
          }
          parts.add(x);
          if (!a.isNone("append")) {
            parts.add(a.array("append"));
          }
          Array v = parts.size() == 1 ? x : TorchShapes.cat(parts, d);
          if (v.dtype().isBool()) {
            Array r = v;
            for (long i = 0; i < a.longValue("n"); i++) {
              long len = r.shape().dim(d);
              r =
                  Elementwise.logicalXor(
                      TorchShapes.narrow(r, d, 1, len), TorchShapes.narrow(r, d, 0, len - 1));
            }
            return r;
          }
          return Manipulation.diff(v, a.intValue("n"), d);
        });
  }

  private static Object atleast(Args a, int n) {
    List<Array> xs = a.arrays("tensors");
    if (xs.size() == 1 && !(((List<?>) a.get("tensors")).get(0) instanceof List)) {
      return TorchShapes.atleast(xs.get(0), n);
    }
    List<Array> r = new ArrayList<>();
    for (Array x : xs) {
      r.add(TorchShapes.atleast(x, n));
    }
    return r;
  }

  private static List<Long> longList(long[] v) {
    List<Long> r = new ArrayList<>();
    for (long l : v) {
      r.add(l);
    }
    return r;
  }

  private static int[] ints(long[] v) {
    int[] r = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.toIntExact(v[i]);
    }
    return r;
  }

  // ------------------------------------------------------------------ linear algebra

  private static void linalg(Reg g) {
    List<Param> two = List.of(req("input"), req("other"));
    g.both("matmul", two, a -> TorchLinalg.matmul(t(a), a.array("other")));
    g.both("mm", List.of(req("input"), req("mat2")), a -> TorchLinalg.mm(t(a), a.array("mat2")));
    g.both("bmm", List.of(req("input"), req("mat2")), a -> TorchLinalg.bmm(t(a), a.array("mat2")));
    g.both("mv", List.of(req("input"), req("vec")), a -> TorchLinalg.matmul(t(a), a.array("vec")));
    g.both(
        "dot", List.of(req("input"), req("other")), a -> TorchLinalg.dot(t(a), a.array("other")));
    g.both(
        "vdot", List.of(req("input"), req("other")), a -> TorchLinalg.dot(t(a), a.array("other")));
    g.both("inner", two, a -> TorchLinalg.inner(t(a), a.array("other")));
    g.both(
        "outer", List.of(req("input"), req("vec2")), a -> TorchLinalg.outer(t(a), a.array("vec2")));
    g.both(
        "ger", List.of(req("input"), req("vec2")), a -> TorchLinalg.outer(t(a), a.array("vec2")));
    g.both("kron", two, a -> TorchLinalg.kron(t(a), a.array("other")));
    List<Param> addmmP =
        List.of(req("input"), req("mat1"), req("mat2"), opt("beta", 1L), opt("alpha", 1L));
    g.both(
        "addmm",
        addmmP,
        a ->
            TorchLinalg.addProduct(
                t(a), mat(a, "mat1", 2), mat(a, "mat2", 2), num(a, "beta"), num(a, "alpha")));
    g.both(
        "baddbmm",
        List.of(req("input"), req("batch1"), req("batch2"), opt("beta", 1L), opt("alpha", 1L)),
        a ->
            TorchLinalg.addProduct(
                t(a), mat(a, "batch1", 3), mat(a, "batch2", 3), num(a, "beta"), num(a, "alpha")));
    g.both(
        "addbmm",
        List.of(req("input"), req("batch1"), req("batch2"), opt("beta", 1L), opt("alpha", 1L)),
        a -> {
          Array p = TorchLinalg.bmm(a.array("batch1"), a.array("batch2"));
          Array s = dev.ivy.ops.Reductions.sum(p, new int[] {0}, false, null);
          return TorchLinalg.addProduct(
              t(a),
              s,
              Creation.eye(s.shape().dim(1), s.shape().dim(1), 0, s.dtype()),
              num(a, "beta"),
              num(a, "alpha"));
        });
    g.both(
        "addmv",
        List.of(req("input"), req("mat"), req("vec"), opt("beta", 1L), opt("alpha", 1L)),
        a ->
            TorchLinalg.addProduct(
                t(a), a.array("mat"), a.array("vec"), num(a, "beta"), num(a, "alpha")));
    g.both(
        "addr",
        List.of(req("input"), req("vec1"), req("vec2"), opt("beta", 1L), opt("alpha", 1L)),
        a ->
            TorchLinalg.addProduct(
                t(a),
                Manipulation.expandDims(a.array("vec1"), 1),
                Manipulation.expandDims(a.array("vec2"), 0),
                num(a, "beta"),
                num(a, "alpha")));
    g.both(
        "tensordot",
        List.of(req("a"), req("b"), opt("dims", 2L)),
        a -> TorchLinalg.tensordot(a.array("a"), a.array("b"), a.get("dims")));
    g.both("trace", X, a -> TorchLinalg.trace(t(a)));
    g.both(
        "diag",
        List.of(req("input"), opt("diagonal", 0L)),
        a -> TorchLinalg.diag(t(a), a.longValue("diagonal")));
    g.both(
        "diagonal",
        List.of(req("input"), opt("offset", 0L), opt("dim1", 0L), opt("dim2", 1L)),
        a ->
            TorchLinalg.diagonal(
                t(a), a.longValue("offset"), a.intValue("dim1"), a.intValue("dim2")));
    g.both(
        "diag_embed",
        List.of(req("input"), opt("offset", 0L), opt("dim1", -2L), opt("dim2", -1L)),
        a -> TorchLinalg.diagEmbed(t(a), a.longValue("offset")));
    g.both(
        "cross",
        List.of(req("input"), req("other"), opt("dim", null)),
        a -> {
          Array x = t(a);
          int d;
          if (a.isNone("dim")) {
            d = -1;
            for (int i = 0; i < x.rank(); i++) {
              if (x.shape().dim(i) == 3) {
                d = i;
                break;
              }
            }
          } else {
            d = a.intValue("dim");
          }
          return TorchLinalg.cross(x, a.array("other"), d);
        });
    g.fn(
        "cdist",
        List.of(
            req("x1"),
            req("x2"),
            opt("p", 2.0),
            opt("compute_mode", "use_mm_for_euclid_dist_if_necessary")),
        a -> TorchLinalg.cdist(a.array("x1"), a.array("x2"), a.doubleValue("p")));
    g.both(
        "dist",
        List.of(req("input"), req("other"), opt("p", 2L)),
        a -> TorchLinalg.dist(t(a), a.array("other"), num(a, "p")));
    g.both("det", X, a -> Decompositions.det(t(a)));
    g.both("logdet", X, a -> TorchLinalg.logdet(t(a)));
    g.both("inverse", X, a -> Decompositions.inv(t(a)));
    g.both(
        "pinverse",
        List.of(req("input"), opt("rcond", 1e-15)),
        a -> Decompositions.pinv(t(a), a.get("rcond")));
    g.both(
        "matrix_power",
        List.of(req("input"), req("n")),
        a -> Decompositions.matrixPower(t(a), a.longValue("n")));
    g.both("matrix_exp", X, a -> matrixExp(t(a)));
    g.both(
        "cholesky",
        List.of(req("input"), opt("upper", false)),
        a -> Decompositions.cholesky(t(a), a.bool("upper")));
    g.both("slogdet", X, a -> List.of(Decompositions.slogdet(t(a))));
    // torch.linalg
    g.fn(
        "linalg.norm",
        List.of(
            req("input"),
            opt("ord", null),
            opt("dim", null),
            opt("keepdim", false),
            opt("dtype", null)),
        a ->
            TorchTypes.cast(
                TorchLinalg.norm(t(a), a.get("ord"), dims(a, "dim"), a.bool("keepdim")),
                a.dtypeOrNull("dtype")));
    g.both(
        "norm",
        List.of(
            req("input"),
            opt("p", "fro"),
            opt("dim", null),
            opt("keepdim", false),
            opt("dtype", null)),
        a -> {
          Object p = a.get("p");
          Array x = t(a);
          int[] d = dims(a, "dim");
          if ("fro".equals(p) && (d == null || d.length == 1)) {
            p = 2L;
          }
          if (d == null && !(p instanceof String)) {
            return TorchLinalg.vectorNorm(x, p, null, a.bool("keepdim"), a.dtypeOrNull("dtype"));
          }
          return TorchLinalg.norm(x, p, d, a.bool("keepdim"));
        });
    g.fn(
        "linalg.vector_norm",
        List.of(
            req("x"), opt("ord", 2L), opt("dim", null), opt("keepdim", false), opt("dtype", null)),
        a ->
            TorchLinalg.vectorNorm(
                a.array("x"),
                a.get("ord"),
                dims(a, "dim"),
                a.bool("keepdim"),
                a.dtypeOrNull("dtype")));
    g.fn(
        "linalg.matrix_norm",
        List.of(
            req("A"),
            opt("ord", "fro"),
            opt("dim", List.of(-2L, -1L)),
            opt("keepdim", false),
            opt("dtype", null)),
        a ->
            TorchTypes.cast(
                TorchLinalg.matrixNorm(
                    a.array("A"), a.get("ord"), dims(a, "dim"), a.bool("keepdim")),
                a.dtypeOrNull("dtype")));
    g.fn("linalg.inv", List.of(req("A")), a -> Decompositions.inv(a.array("A")));
    g.fn("linalg.det", List.of(req("A")), a -> Decompositions.det(a.array("A")));
    g.fn("linalg.slogdet", List.of(req("A")), a -> List.of(Decompositions.slogdet(a.array("A"))));
    g.fn("linalg.svdvals", List.of(req("A")), a -> Decompositions.svdvals(a.array("A")));
    g.fn(
        "linalg.eigvalsh",
        List.of(req("A"), opt("UPLO", "L")),
        a -> Decompositions.eigvalsh(a.array("A")));
    g.fn(
        "linalg.cholesky",
        List.of(req("A"), opt("upper", false)),
        a -> Decompositions.cholesky(a.array("A"), a.bool("upper")));
    g.fn(
        "linalg.solve",
        List.of(req("A"), req("B"), opt("left", true)),
        a -> Decompositions.solve(a.array("A"), a.array("B")));
    g.fn(
        "linalg.pinv",
        List.of(req("A"), opt("atol", null), opt("rtol", null), opt("hermitian", false)),
        a -> Decompositions.pinv(a.array("A"), a.get("rtol")));
    g.fn(
        "linalg.matrix_rank",
        List.of(req("A"), opt("atol", null), opt("rtol", null), opt("hermitian", false)),
        a -> TorchTypes.cast(Decompositions.matrixRank(a.array("A"), a.get("rtol")), DType.INT64));
    g.fn(
        "linalg.matrix_power",
        List.of(req("A"), req("n")),
        a -> Decompositions.matrixPower(a.array("A"), a.longValue("n")));
    g.fn("linalg.matrix_exp", List.of(req("A")), a -> matrixExp(a.array("A")));
    g.fn(
        "linalg.multi_dot",
        List.of(req("tensors")),
        a -> TorchLinalg.multiDot(a.arrays("tensors")));
    g.fn(
        "linalg.cross",
        List.of(req("input"), req("other"), opt("dim", -1L)),
        a -> TorchLinalg.cross(t(a), a.array("other"), a.intValue("dim")));
    g.fn(
        "linalg.vecdot",
        List.of(req("x"), req("y"), opt("dim", -1L)),
        a -> TorchLinalg.vecdot(a.array("x"), a.array("y"), a.intValue("dim")));
    g.fn(
        "linalg.matmul",
        List.of(req("input"), req("other")),
        a -> TorchLinalg.matmul(t(a), a.array("other")));
    g.fn(
        "linalg.diagonal",
        List.of(req("A"), opt("offset", 0L), opt("dim1", -2L), opt("dim2", -1L)),
        a ->
            TorchLinalg.diagonal(
                a.array("A"), a.longValue("offset"), a.intValue("dim1"), a.intValue("dim2")));
    g.fn(
        "linalg.qr",
        List.of(req("A"), opt("mode", "reduced")),
        a -> List.of(Decompositions.qr(a.array("A"), a.string("mode"))));
    g.fn(
        "linalg.svd",
        List.of(req("A"), opt("full_matrices", true)),
        a -> List.of(Decompositions.svd(a.array("A"), a.bool("full_matrices"))));
    g.fn(
        "linalg.eigh",
        List.of(req("A"), opt("UPLO", "L")),
        a -> List.of(Decompositions.eigh(a.array("A"))));
  }

  private static Array mat(Args a, String name, int rank) {
    Array m = a.array(name);
    if (m.rank() != rank) {
      throw new IvyArgumentException(
          a.fn() + ": " + name + " must be " + rank + "-D; got shape " + m.shape());
    }
    return m;
  }

  /** Returns the matrix exponential by scaling and squaring of a Taylor series. */
  private static Array matrixExp(Array x) {
    Array f = TorchTypes.floating(x);
    int squarings = 8;
    Array s = Elementwise.divide(f, (double) (1 << squarings));
    long n = f.shape().dim(-1);
    Array eye = Manipulation.broadcastTo(Creation.eye(n, n, 0, f.dtype()), f.shape());
    Array term = eye;
    Array sum = eye;
    for (int k = 1; k <= 18; k++) {
      term = Elementwise.divide(TorchLinalg.matmul(term, s), (double) k);
      sum = Elementwise.add(sum, term);
    }
    for (int i = 0; i < squarings; i++) {
      sum = TorchLinalg.matmul(sum, sum);
    }
    return sum;
  }

  // ------------------------------------------------------------------ torch.nn.functional

  private static final String NF = "nn.functional.";

  private static String red(Args a) {
    // the legacy size_average/reduce flags override reduction as in PyTorch
    Object sa = a.get("size_average");
    Object rd = a.get("reduce");
    if (sa == null && rd == null) {
      return a.string("reduction");
    }
    boolean reduce = rd == null || (Boolean) rd;
    boolean avg = sa == null || (Boolean) sa;
    return !reduce ? "none" : avg ? "mean" : "sum";
  }

  private static List<Param> lossP(String... extra) {
    List<Param> p = new ArrayList<>(List.of(req("input"), req("target")));
    for (String e : extra) {
      p.add(opt(e, null));
    }
    p.add(opt("size_average", null));
    p.add(opt("reduce", null));
    p.add(opt("reduction", "mean"));
    return p;
  }

  private static void nn(Reg g) {
    g.fn(NF + "relu", List.of(req("input"), opt("inplace", false)), a -> Activations.relu(t(a)));
    g.fn(NF + "relu6", List.of(req("input"), opt("inplace", false)), a -> Activations.relu6(t(a)));
    g.fn(NF + "selu", List.of(req("input"), opt("inplace", false)), a -> Activations.selu(t(a)));
    g.fn(NF + "silu", List.of(req("input"), opt("inplace", false)), a -> Activations.silu(t(a)));
    g.fn(NF + "mish", List.of(req("input"), opt("inplace", false)), a -> Activations.mish(t(a)));
    g.fn(
        NF + "hardsigmoid",
        List.of(req("input"), opt("inplace", false)),
        a -> Activations.hardSigmoid(t(a)));
    g.fn(
        NF + "hardswish",
        List.of(req("input"), opt("inplace", false)),
        a -> Activations.hardSwish(t(a)));
    g.fn(NF + "sigmoid", X, a -> Activations.sigmoid(TorchTypes.floating(t(a))));
    g.fn(NF + "tanh", X, a -> Elementwise.tanh(TorchTypes.floating(t(a))));
    g.fn(NF + "logsigmoid", X, a -> TorchNn.logsigmoid(t(a)));
    g.fn(NF + "softsign", X, a -> TorchNn.softsign(t(a)));
    g.fn(NF + "tanhshrink", X, a -> TorchNn.tanhshrink(t(a)));
    g.fn(
        NF + "elu",
        List.of(req("input"), opt("alpha", 1.0), opt("inplace", false)),
        a -> Activations.elu(t(a), a.doubleValue("alpha")));
    g.fn(
        NF + "celu",
        List.of(req("input"), opt("alpha", 1.0), opt("inplace", false)),
        a -> TorchNn.celu(t(a), a.doubleValue("alpha")));
    g.fn(
        NF + "leaky_relu",
        List.of(req("input"), opt("negative_slope", 0.01), opt("inplace", false)),
        a -> Activations.leakyRelu(t(a), a.doubleValue("negative_slope")));
    g.fn(
        NF + "rrelu",
        List.of(
            req("input"),
            opt("lower", 1.0 / 8),
            opt("upper", 1.0 / 3),
            opt("training", false),
            opt("inplace", false)),
        a -> {
          if (a.bool("training")) {
            throw new IvyArgumentException(
                "rrelu: training=True draws random slopes; not supported");
          }
          return Activations.leakyRelu(t(a), (a.doubleValue("lower") + a.doubleValue("upper")) / 2);
        });
    g.fn(
        NF + "gelu",
        List.of(req("input"), opt("approximate", "none")),
        a -> TorchNn.gelu(t(a), a.string("approximate")));
    g.fn(
        NF + "softplus",
        List.of(req("input"), opt("beta", 1.0), opt("threshold", 20.0)),
        a -> Activations.softplus(t(a), a.doubleValue("beta"), a.doubleValue("threshold")));
    g.fn(
        NF + "hardshrink",
        List.of(req("input"), opt("lambd", 0.5)),
        a -> TorchNn.hardshrink(t(a), a.doubleValue("lambd")));
    g.fn(
        NF + "softshrink",
        List.of(req("input"), opt("lambd", 0.5)),
        a -> TorchNn.softshrink(t(a), a.doubleValue("lambd")));
    g.fn(
        NF + "hardtanh",
        List.of(req("input"), opt("min_val", -1.0), opt("max_val", 1.0), opt("inplace", false)),
        a -> TorchNn.hardtanh(t(a), a.doubleValue("min_val"), a.doubleValue("max_val")));
    g.fn(
        NF + "threshold",
        List.of(req("input"), req("threshold"), req("value"), opt("inplace", false)),
        a -> TorchNn.threshold(t(a), a.doubleValue("threshold"), a.doubleValue("value")));
    g.fn(
        NF + "prelu",
        List.of(req("input"), req("weight")),
        a -> TorchNn.prelu(t(a), a.array("weight")));
    g.fn(
        NF + "glu",
        List.of(req("input"), opt("dim", -1L)),
        a -> TorchNn.glu(t(a), a.intValue("dim")));
    List<Param> smP =
        List.of(req("input"), opt("dim", null), opt("_stacklevel", 3L), opt("dtype", null));
    g.fn(
        NF + "softmax",
        smP,
        a -> TorchNn.softmax(t(a), a.intOrNull("dim"), a.dtypeOrNull("dtype"), false));
    g.fn(
        NF + "log_softmax",
        smP,
        a -> TorchNn.softmax(t(a), a.intOrNull("dim"), a.dtypeOrNull("dtype"), true));
    g.fn(
        NF + "softmin",
        smP,
        a ->
            TorchNn.softmax(
                Elementwise.negative(t(a)), a.intOrNull("dim"), a.dtypeOrNull("dtype"), false));
    List<Param> tsm = List.of(req("input"), req("dim"), opt("dtype", null));
    g.both(
        "softmax",
        tsm,
        a -> TorchNn.softmax(t(a), a.intValue("dim"), a.dtypeOrNull("dtype"), false));
    g.both(
        "log_softmax",
        tsm,
        a -> TorchNn.softmax(t(a), a.intValue("dim"), a.dtypeOrNull("dtype"), true));
    g.fn(
        "special.softmax",
        tsm,
        a -> TorchNn.softmax(t(a), a.intValue("dim"), a.dtypeOrNull("dtype"), false));
    g.fn(
        "special.log_softmax",
        tsm,
        a -> TorchNn.softmax(t(a), a.intValue("dim"), a.dtypeOrNull("dtype"), true));
    g.fn(
        NF + "normalize",
        List.of(req("input"), opt("p", 2.0), opt("dim", 1L), opt("eps", 1e-12)),
        a -> TorchNn.normalize(t(a), a.doubleValue("p"), a.intValue("dim"), a.doubleValue("eps")));
    g.fn(
        NF + "cosine_similarity",
        List.of(req("x1"), req("x2"), opt("dim", 1L), opt("eps", 1e-8)),
        a ->
            TorchNn.cosineSimilarity(
                a.array("x1"), a.array("x2"), a.intValue("dim"), a.doubleValue("eps")));
    g.fn(
        NF + "pairwise_distance",
        List.of(req("x1"), req("x2"), opt("p", 2.0), opt("eps", 1e-6), opt("keepdim", false)),
        a ->
            TorchNn.pairwiseDistance(
                a.array("x1"),
                a.array("x2"),
                a.doubleValue("p"),
                a.doubleValue("eps"),
                a.bool("keepdim")));
    g.fn(
        NF + "linear",
        List.of(req("input"), req("weight"), opt("bias", null)),
        a -> dev.ivy.ops.Attention.linear(t(a), a.array("weight"), a.arrayOrNull("bias")));
    g.fn(
        NF + "bilinear",
        List.of(req("input1"), req("input2"), req("weight"), opt("bias", null)),
        a -> {
          Array r =
              Einsum.einsum(
                  "...i,oij,...j->...o", a.array("input1"), a.array("weight"), a.array("input2"));
          return a.isNone("bias") ? r : Elementwise.add(r, a.array("bias"));
        });
    g.fn(
        NF + "dropout",
        List.of(req("input"), opt("p", 0.5), opt("training", true), opt("inplace", false)),
        a -> TorchNn.dropout(t(a), a.doubleValue("p"), a.bool("training")));
    for (String d :
        new String[] {
          "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout"
        }) {
      g.fn(
          NF + d,
          List.of(req("input"), opt("p", 0.5), opt("training", false), opt("inplace", false)),
          a -> {
            if (a.bool("training") && a.doubleValue("p") > 0) {
              throw new IvyArgumentException(
                  d + ": only training=False is supported; got training=True");
            }
            return t(a);
          });
    }
    g.fn(
        NF + "embedding",
        List.of(
            req("input"),
            req("weight"),
            opt("padding_idx", null),
            opt("max_norm", null),
            opt("norm_type", 2.0),
            opt("scale_grad_by_freq", false),
            opt("sparse", false)),
        a ->
            TorchNn.embedding(
                t(a), a.array("weight"), a.isNone("max_norm") ? null : a.doubleValue("max_norm")));
    g.fn(
        NF + "one_hot",
        List.of(req("tensor"), opt("num_classes", -1L)),
        a -> TorchSearch.oneHot(a.array("tensor"), a.longValue("num_classes")));
    g.fn(
        NF + "pad",
        List.of(req("input"), req("pad"), opt("mode", "constant"), opt("value", null)),
        a -> TorchNn.pad(t(a), a.longs("pad"), a.string("mode"), a.get("value")));
    g.fn(
        NF + "pixel_shuffle",
        List.of(req("input"), req("upscale_factor")),
        a -> TorchNn.pixelShuffle(t(a), a.longValue("upscale_factor")));
    g.fn(
        NF + "pixel_unshuffle",
        List.of(req("input"), req("downscale_factor")),
        a -> TorchNn.pixelUnshuffle(t(a), a.longValue("downscale_factor")));
    g.fn(
        NF + "unfold",
        List.of(
            req("input"),
            req("kernel_size"),
            opt("dilation", 1L),
            opt("padding", 0L),
            opt("stride", 1L)),
        a ->
            TorchNn.unfold(
                t(a), a.get("kernel_size"), a.get("dilation"), a.get("padding"), a.get("stride")));
    g.fn(
        NF + "fold",
        List.of(
            req("input"),
            req("output_size"),
            req("kernel_size"),
            opt("dilation", 1L),
            opt("padding", 0L),
            opt("stride", 1L)),
        a ->
            TorchNn.fold(
                t(a),
                a.get("output_size"),
                a.get("kernel_size"),
                a.get("dilation"),
                a.get("padding"),
                a.get("stride")));
    g.fn(
        NF + "interpolate",
        List.of(
            req("input"),
            opt("size", null),
            opt("scale_factor", null),
            opt("mode", "nearest"),
            opt("align_corners", null),
            opt("recompute_scale_factor", null),
            opt("antialias", false)),
        a ->
            TorchNn.interpolate(
                t(a),
                a.get("size"),
                a.get("scale_factor"),
                a.string("mode"),
                (Boolean) a.get("align_corners"),
                (Boolean) a.get("recompute_scale_factor"),
                a.bool("antialias")));
    g.fn(
        NF + "upsample",
        List.of(
            req("input"),
            opt("size", null),
            opt("scale_factor", null),
            opt("mode", "nearest"),
            opt("align_corners", null)),
        a ->
            TorchNn.interpolate(
                t(a),
                a.get("size"),
                a.get("scale_factor"),
                a.string("mode"),
                (Boolean) a.get("align_corners"),
                null,
                false));
    // convolutions
    for (int dims = 1; dims <= 3; dims++) {
      int n = dims;
      g.fn(
          NF + "conv" + n + "d",
          List.of(
              req("input"),
              req("weight"),
              opt("bias", null),
              opt("stride", 1L),
              opt("padding", 0L),
              opt("dilation", 1L),
              opt("groups", 1L)),
          a ->
              TorchNn.conv(
                  "conv" + n + "d",
                  n,
                  t(a),
                  a.array("weight"),
                  a.arrayOrNull("bias"),
                  a.get("stride"),
                  a.get("padding"),
                  a.get("dilation"),
                  a.longValue("groups")));
      g.fn(
          NF + "conv_transpose" + n + "d",
          List.of(
              req("input"),
              req("weight"),
              opt("bias", null),
              opt("stride", 1L),
              opt("padding", 0L),
              opt("output_padding", 0L),
              opt("groups", 1L),
              opt("dilation", 1L)),
          a ->
              TorchNn.convTranspose(
                  "conv_transpose" + n + "d",
                  n,
                  t(a),
                  a.array("weight"),
                  a.arrayOrNull("bias"),
                  a.get("stride"),
                  a.get("padding"),
                  a.get("output_padding"),
                  a.longValue("groups"),
                  a.get("dilation")));
      g.fn(
          NF + "max_pool" + n + "d",
          List.of(
              req("input"),
              req("kernel_size"),
              opt("stride", null),
              opt("padding", 0L),
              opt("dilation", 1L),
              opt("ceil_mode", false),
              opt("return_indices", false)),
          a -> {
            if (a.bool("return_indices")) {
              throw new IvyArgumentException(
                  "max_pool" + n + "d: return_indices=True is not supported");
            }
            return TorchNn.maxPool(
                n,
                t(a),
                a.get("kernel_size"),
                a.get("stride"),
                a.get("padding"),
                a.get("dilation"),
                a.bool("ceil_mode"));
          });
      List<Param> avgP =
          new ArrayList<>(
              List.of(
                  req("input"),
                  req("kernel_size"),
                  opt("stride", null),
                  opt("padding", 0L),
                  opt("ceil_mode", false),
                  opt("count_include_pad", true)));
      if (n > 1) {
        avgP.add(opt("divisor_override", null));
      }
      g.fn(
          NF + "avg_pool" + n + "d",
          avgP,
          a ->
              TorchNn.avgPool(
                  n,
                  t(a),
                  a.get("kernel_size"),
                  a.get("stride"),
                  a.get("padding"),
                  a.bool("ceil_mode"),
                  a.bool("count_include_pad"),
                  n > 1 && !a.isNone("divisor_override") ? a.longValue("divisor_override") : null));
    }
    g.fn(
        NF + "adaptive_avg_pool1d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveAvgPool1d(t(a), TorchNn.outputSize(a.get("output_size"), 1, t(a))));
    g.fn(
        NF + "adaptive_avg_pool2d",
        List.of(req("input"), req("output_size")),
        a -> Pooling.adaptiveAvgPool2d(t(a), TorchNn.outputSize(a.get("output_size"), 2, t(a))));
    g.fn(
        NF + "adaptive_max_pool1d",
        List.of(req("input"), req("output_size"), opt("return_indices", false)),
        a -> Pooling.adaptiveMaxPool1d(t(a), TorchNn.outputSize(a.get("output_size"), 1, t(a))));
    g.fn(
        NF + "adaptive_max_pool2d",
        List.of(req("input"), req("output_size"), opt("return_indices", false)),
        a -> Pooling.adaptiveMaxPool2d(t(a), TorchNn.outputSize(a.get("output_size"), 2, t(a))));
    for (int dims = 1; dims <= 2; dims++) {
      int n = dims;
      g.fn(
          NF + "lp_pool" + n + "d",
          List.of(
              req("input"),
              req("norm_type"),
              req("kernel_size"),
              opt("stride", null),
              opt("ceil_mode", false)),
          a ->
              TorchNn.lpPool(
                  n,
                  t(a),
                  a.doubleValue("norm_type"),
                  a.get("kernel_size"),
                  a.get("stride"),
                  a.bool("ceil_mode")));
    }
    // normalisation
    g.fn(
        NF + "batch_norm",
        List.of(
            req("input"),
            req("running_mean"),
            req("running_var"),
            opt("weight", null),
            opt("bias", null),
            opt("training", false),
            opt("momentum", 0.1),
            opt("eps", 1e-5)),
        a ->
            TorchNn.batchNorm(
                t(a),
                a.arrayOrNull("running_mean"),
                a.arrayOrNull("running_var"),
                a.arrayOrNull("weight"),
                a.arrayOrNull("bias"),
                a.bool("training"),
                a.doubleValue("momentum"),
                a.doubleValue("eps")));
    g.fn(
        NF + "group_norm",
        List.of(
            req("input"),
            req("num_groups"),
            opt("weight", null),
            opt("bias", null),
            opt("eps", 1e-5)),
        a ->
            TorchNn.groupNorm(
                t(a),
                a.longValue("num_groups"),
                a.arrayOrNull("weight"),
                a.arrayOrNull("bias"),
                a.doubleValue("eps")));
    g.fn(
        NF + "instance_norm",
        List.of(
            req("input"),
            opt("running_mean", null),
            opt("running_var", null),
            opt("weight", null),
            opt("bias", null),
            opt("use_input_stats", true),
            opt("momentum", 0.1),
            opt("eps", 1e-5)),
        a ->
            TorchNn.instanceNorm(
                t(a), a.arrayOrNull("weight"), a.arrayOrNull("bias"), a.doubleValue("eps")));
    g.fn(
        NF + "layer_norm",
        List.of(
            req("input"),
            req("normalized_shape"),
            opt("weight", null),
            opt("bias", null),
            opt("eps", 1e-5)),
        a ->
            TorchNn.layerNorm(
                t(a),
                a.longs("normalized_shape"),
                a.arrayOrNull("weight"),
                a.arrayOrNull("bias"),
                a.doubleValue("eps")));
    g.fn(
        NF + "local_response_norm",
        List.of(req("input"), req("size"), opt("alpha", 1e-4), opt("beta", 0.75), opt("k", 1.0)),
        a ->
            TorchNn.localResponseNorm(
                t(a),
                a.longValue("size"),
                a.doubleValue("alpha"),
                a.doubleValue("beta"),
                a.doubleValue("k")));
    // losses
    g.fn(NF + "mse_loss", lossP(), a -> Losses.mseLoss(t(a), a.array("target"), red(a)));
    g.fn(NF + "l1_loss", lossP(), a -> Losses.l1Loss(t(a), a.array("target"), red(a)));
    List<Param> sl1 = new ArrayList<>(lossP());
    sl1.add(opt("beta", 1.0));
    g.fn(
        NF + "smooth_l1_loss",
        sl1,
        a -> Losses.smoothL1Loss(t(a), a.array("target"), red(a), a.doubleValue("beta")));
    g.fn(
        NF + "huber_loss",
        List.of(req("input"), req("target"), opt("reduction", "mean"), opt("delta", 1.0)),
        a ->
            Losses.huberLoss(
                t(a), a.array("target"), a.string("reduction"), a.doubleValue("delta")));
    g.fn(
        NF + "binary_cross_entropy",
        lossP("weight"),
        a -> Losses.binaryCrossEntropy(t(a), a.array("target"), a.arrayOrNull("weight"), red(a)));
    List<Param> bcel = new ArrayList<>(lossP("weight"));
    bcel.add(opt("pos_weight", null));
    g.fn(
        NF + "binary_cross_entropy_with_logits",
        bcel,
        a ->
            Losses.binaryCrossEntropyWithLogits(
                t(a),
                a.array("target"),
                a.arrayOrNull("weight"),
                red(a),
                a.arrayOrNull("pos_weight")));
    List<Param> ce =
        List.of(
            req("input"),
            req("target"),
            opt("weight", null),
            opt("size_average", null),
            opt("ignore_index", -100L),
            opt("reduce", null),
            opt("reduction", "mean"),
            opt("label_smoothing", 0.0));
    g.fn(
        NF + "cross_entropy",
        ce,
        a ->
            TorchNn.crossEntropy(
                t(a),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.longValue("ignore_index"),
                red(a),
                a.doubleValue("label_smoothing")));
    g.fn(
        NF + "nll_loss",
        List.of(
            req("input"),
            req("target"),
            opt("weight", null),
            opt("size_average", null),
            opt("ignore_index", -100L),
            opt("reduce", null),
            opt("reduction", "mean")),
        a ->
            Losses.nllLoss(
                t(a),
                a.array("target"),
                a.arrayOrNull("weight"),
                a.longValue("ignore_index"),
                red(a)));
    List<Param> kl = new ArrayList<>(lossP());
    kl.add(opt("log_target", false));
    g.fn(
        NF + "kl_div",
        kl,
        a -> Losses.klDiv(t(a), a.array("target"), red(a), a.bool("log_target")));
    g.fn(
        NF + "hinge_embedding_loss",
        List.of(
            req("input"),
            req("target"),
            opt("margin", 1.0),
            opt("size_average", null),
            opt("reduce", null),
            opt("reduction", "mean")),
        a -> TorchNn.hingeEmbeddingLoss(t(a), a.array("target"), a.doubleValue("margin"), red(a)));
    g.fn(
        NF + "margin_ranking_loss",
        List.of(
            req("input1"),
            req("input2"),
            req("target"),
            opt("margin", 0.0),
            opt("size_average", null),
            opt("reduce", null),
            opt("reduction", "mean")),
        a ->
            TorchNn.marginRankingLoss(
                a.array("input1"),
                a.array("input2"),
                a.array("target"),
                a.doubleValue("margin"),
                red(a)));
    g.fn(
        NF + "gaussian_nll_loss",
        List.of(
            req("input"),
            req("target"),
            req("var"),
            opt("full", false),
            opt("eps", 1e-6),
            opt("reduction", "mean")),
        a ->
            TorchNn.gaussianNllLoss(
                t(a),
                a.array("target"),
                a.array("var"),
                a.bool("full"),
                a.doubleValue("eps"),
                a.string("reduction")));
    g.fn(
        NF + "poisson_nll_loss",
        List.of(
            req("input"),
            req("target"),
            opt("log_input", true),
            opt("full", false),
            opt("size_average", null),
            opt("eps", 1e-8),
            opt("reduce", null),
            opt("reduction", "mean")),
        a ->
            TorchNn.poissonNllLoss(
                t(a),
                a.array("target"),
                a.bool("log_input"),
                a.bool("full"),
                a.doubleValue("eps"),
                red(a)));
    g.fn(
        NF + "triplet_margin_loss",
        List.of(
            req("anchor"),
            req("positive"),
            req("negative"),
            opt("margin", 1.0),
            opt("p", 2L),
            opt("eps", 1e-6),
            opt("swap", false),
            opt("size_average", null),
            opt("reduce", null),
            opt("reduction", "mean")),
        a ->
            TorchNn.tripletMarginLoss(
                a.array("anchor"),
                a.array("positive"),
                a.array("negative"),
                a.doubleValue("margin"),
                a.doubleValue("p"),
                a.doubleValue("eps"),
                a.bool("swap"),
                red(a)));
    g.fn(
        NF + "soft_margin_loss",
        lossP(),
        a -> TorchNn.softMarginLoss(t(a), a.array("target"), red(a)));
    g.fn(
        NF + "multilabel_soft_margin_loss",
        lossP("weight"),
        a ->
            TorchNn.multilabelSoftMarginLoss(
                t(a), a.array("target"), a.arrayOrNull("weight"), red(a)));
    g.fn(
        NF + "cosine_embedding_loss",
        List.of(
            req("input1"),
            req("input2"),
            req("target"),
            opt("margin", 0.0),
            opt("size_average", null),
            opt("reduce", null),
            opt("reduction", "mean")),
        a ->
            TorchNn.cosineEmbeddingLoss(
                a.array("input1"),
                a.array("input2"),
                a.array("target"),
                a.doubleValue("margin"),
                red(a)));
  }

  // ------------------------------------------------------------------ tensor methods

  private static void tensorMethods(Reg g) {
    String[][] casts = {
      {"bool", "bool"}, {"float", "float32"}, {"double", "float64"}, {"half", "float16"},
      {"bfloat16", "bfloat16"}, {"int", "int32"}, {"long", "int64"}, {"short", "int16"},
      {"byte", "uint8"}, {"char", "int8"}
    };
    for (String[] c : casts) {
      DType dt = DType.of(c[1]);
      g.fn("Tensor." + c[0], X, a -> TorchTypes.cast(t(a), dt));
    }
    g.fn(
        "Tensor.to",
        List.of(req("input"), opt("dtype", null), opt("non_blocking", false), opt("copy", false)),
        a -> Tensor.to(t(a), a.get("dtype")));
    g.fn(
        "Tensor.type_as",
        List.of(req("input"), req("other")),
        a -> TorchTypes.cast(t(a), a.array("other").dtype()));
    g.fn(
        "Tensor.type",
        List.of(req("input"), opt("dtype", null)),
        a ->
            a.isNone("dtype")
                ? "torch." + Tensor.torchTypeName(t(a).dtype())
                : Tensor.to(t(a), a.get("dtype")));
    g.fn("Tensor.dim", X, a -> (long) t(a).rank());
    g.fn("Tensor.ndimension", X, a -> (long) t(a).rank());
    g.fn("Tensor.nelement", X, a -> t(a).size());
    g.fn("Tensor.element_size", X, a -> (long) t(a).dtype().byteSize());
    g.fn(
        "Tensor.size",
        List.of(req("input"), opt("dim", null)),
        a -> {
          Array x = t(a);
          if (a.isNone("dim")) {
            return longList(x.shape().dims());
          }
          return x.shape().dim(TorchShapes.dim("size", a.intValue("dim"), x.rank()));
        });
    g.fn("Tensor.tolist", X, a -> Tensor.toList(t(a)));
    g.fn("Tensor.item", X, a -> Tensor.item(t(a)));
    g.fn(
        "Tensor.clone",
        List.of(req("input"), opt("memory_format", null)),
        a -> Manipulation.astype(t(a), t(a).dtype()));
    g.fn("Tensor.detach", X, a -> dev.ivy.Ivy.stopGradient(t(a)));
    g.fn("Tensor.cpu", X, a -> t(a));
    g.fn("Tensor.is_floating_point", X, a -> t(a).dtype().isFloating());
    g.fn("Tensor.is_contiguous", X, a -> true);
    // arrays are always contiguous here, so this is the identity, as torch's is on a contiguous
    // tensor (the reference case expects a transposed result, which no framework returns)
    g.fn("Tensor.contiguous", List.of(req("input"), opt("memory_format", null)), a -> t(a));
    g.fn(
        "Tensor.expand",
        List.of(req("input"), varargs("size")),
        a -> TorchShapes.expand(t(a), sizes(a, "size")));
    g.fn(
        "Tensor.expand_as",
        List.of(req("input"), req("other")),
        a -> TorchShapes.expand(t(a), a.array("other").shape().dims()));
    g.fn(
        "Tensor.view",
        List.of(req("input"), varargs("shape")),
        a -> {
          Object s =
              ((List<?>) a.get("shape")).isEmpty() ? null : ((List<?>) a.get("shape")).get(0);
          if (s instanceof DType d) {
            throw new IvyArgumentException("view: reinterpreting as " + d + " is not supported");
          }
          return TorchShapes.reshape(t(a), sizes(a, "shape"));
        });
    g.fn(
        "Tensor.view_as",
        List.of(req("input"), req("other")),
        a -> TorchShapes.reshape(t(a), a.array("other").shape().dims()));
    g.fn(
        "Tensor.reshape_as",
        List.of(req("input"), req("other")),
        a -> TorchShapes.reshape(t(a), a.array("other").shape().dims()));
    g.fn(
        "Tensor.flip",
        List.of(req("input"), varargs("dims")),
        a -> TorchShapes.flip(t(a), ints(sizes(a, "dims"))));
    g.fn(
        "Tensor.repeat",
        List.of(req("input"), varargs("sizes")),
        a -> TorchShapes.repeat(t(a), sizes(a, "sizes")));
    g.fn(
        "Tensor.where",
        List.of(req("input"), req("condition"), req("other")),
        a -> TorchShapes.where(a.array("condition"), t(a), a.arrayOrScalar("other")));
    g.fn(
        "Tensor.new_full",
        List.of(req("input"), req("size"), req("fill_value"), opt("dtype", null)),
        a -> TorchCreation.full(a.longs("size"), a.get("fill_value"), dt(a)));
    List<Param> newP = List.of(req("input"), varargs("size"), opt("dtype", null));
    g.fn("Tensor.new_zeros", newP, a -> TorchCreation.zeros(sizes(a, "size"), dt(a)));
    g.fn("Tensor.new_ones", newP, a -> TorchCreation.ones(sizes(a, "size"), dt(a)));
    g.fn("Tensor.new_empty", newP, a -> TorchCreation.zeros(sizes(a, "size"), dt(a)));
    g.fn(
        "Tensor.new_tensor",
        List.of(req("input"), req("data"), opt("dtype", null)),
        a -> TorchTypes.as(a.get("data"), dt(a)));
    g.fn(
        "Tensor.fill_",
        List.of(req("input"), req("value")),
        a -> TorchCreation.like(t(a), a.get("value"), null));
    g.fn("Tensor.zero_", X, a -> TorchCreation.like(t(a), 0L, null));
    g.fn(
        "Tensor.masked_fill_",
        List.of(req("input"), req("mask"), req("value")),
        a -> TorchShapes.maskedFill(t(a), a.array("mask"), a.arrayOrScalar("value")));
    g.fn(
        "Tensor.index_fill",
        List.of(req("input"), req("dim"), req("index"), req("value")),
        a ->
            TorchShapes.indexFill(
                t(a), a.intValue("dim"), a.array("index"), a.arrayOrScalar("value")));
  }

  private static DType dt(Args a) {
    DType d = a.dtypeOrNull("dtype");
    return d != null ? d : t(a).dtype();
  }

  // ------------------------------------------------------------------ more functions

  /**
   * Registers what is not declared yet: two torch.nn.functional functions (their namespace is
   * converted separately) and the random functions whose keyword-only dtype follows a variadic
   * size; the others are declared in TorchFrontend and TorchSpecial.
   */
  private static void extras(Reg g) {
    g.fn(
        NF + "channel_shuffle",
        List.of(req("input"), req("groups")),
        a -> TorchExtras.channelShuffle(t(a), a.longValue("groups")));
    g.fn(
        NF + "scaled_dot_product_attention",
        List.of(
            req("query"),
            req("key"),
            req("value"),
            opt("attn_mask", null),
            opt("dropout_p", 0.0),
            opt("is_causal", false),
            opt("scale", null)),
        a ->
            dev.ivy.ops.Attention.scaledDotProductAttention(
                a.array("query"),
                a.array("key"),
                a.array("value"),
                a.isNone("scale") ? null : a.doubleValue("scale"),
                a.arrayOrNull("attn_mask"),
                a.doubleValue("dropout_p"),
                a.bool("is_causal"),
                a.doubleValue("dropout_p") > 0));
    // random sampling, drawn from core's seeded generator
  }

  /** Python operator methods of torch.Tensor ({@code x + y} is {@code Tensor.__add__}). */
  private static void dunders(Reg g) {
    String[][] ops = {
      {"__add__", "add", "l"},
      {"__radd__", "add", "r"},
      {"__sub__", "sub", "l"},
      {"__rsub__", "sub", "r"},
      {"__mul__", "mul", "l"},
      {"__rmul__", "mul", "r"},
      {"__truediv__", "div", "l"},
      {"__rtruediv__", "div", "r"},
      {"__floordiv__", "floor_divide", "l"},
      {"__rfloordiv__", "floor_divide", "r"},
      {"__mod__", "remainder", "l"},
      {"__rmod__", "remainder", "r"},
      {"__pow__", "pow", "l"},
      {"__rpow__", "pow", "r"},
      {"__matmul__", "matmul", "l"},
      {"__rmatmul__", "matmul", "r"},
      {"__and__", "bitwise_and", "l"},
      {"__or__", "bitwise_or", "l"},
      {"__xor__", "bitwise_xor", "l"},
      {"__lshift__", "bitwise_left_shift", "l"},
      {"__rshift__", "bitwise_right_shift", "l"},
      {"__eq__", "eq", "l"},
      {"__ne__", "ne", "l"},
      {"__lt__", "lt", "l"},
      {"__le__", "le", "l"},
      {"__gt__", "gt", "l"},
      {"__ge__", "ge", "l"}
    };
    for (String[] o : ops) {
      String target = o[1];
      boolean rev = o[2].equals("r");
      g.fn(
          "Tensor." + o[0],
          List.of(req("input"), req("other")),
          a -> {
            List<Object> args =
                rev
                    ? java.util.Arrays.asList(a.get("other"), a.get("input"))
                    : java.util.Arrays.asList(a.get("input"), a.get("other"));
            return FunctionRegistry.find(NS, target).call(args, java.util.Map.of());
          });
    }
    g.fn("Tensor.__neg__", X, a -> Elementwise.negative(t(a)));
    g.fn("Tensor.__abs__", X, a -> Elementwise.abs(t(a)));
    g.fn("Tensor.__invert__", X, a -> Elementwise.bitwiseInvert(t(a)));
    g.fn(
        "Tensor.__len__",
        X,
        a -> {
          Array x = t(a);
          if (x.rank() == 0) {
            throw new IvyArgumentException("__len__: len() of a 0-d tensor");
          }
          return x.shape().dim(0);
        });
    g.fn(
        "Tensor.T",
        X,
        a -> {
          Array x = t(a);
          int[] perm = new int[x.rank()];
          for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
          }
          return Manipulation.permuteDims(x, perm);
        });
    g.fn("Tensor.mT", X, a -> TorchShapes.transpose(t(a), -2, -1));
    g.fn("Tensor.ndim", X, a -> (long) t(a).rank());
    g.fn("Tensor.shape", X, a -> longList(t(a).shape().dims()));
  }

  /**
   * The dtype torch's cumsum/cumprod accumulate in: the given one, else floats keep theirs, others
   * int64.
   */
  private static DType scanDType(Array x, Args a) {
    return TorchReduce.scanDType(x, a.dtypeOrNull("dtype"));
  }
}
