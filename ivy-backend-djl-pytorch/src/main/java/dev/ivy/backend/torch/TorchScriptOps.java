package dev.ivy.backend.torch;

import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import dev.ivy.DType;
import dev.ivy.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libtorch operators that DJL's JNI layer does not expose, as methods of one TorchScript
 * module. The module is written here as TorchScript source and compiled by libtorch when loaded
 * ({@link TorchScriptArchive}), so nothing is read from disk or downloaded. The compiled programs
 * of {@link TorchProgramCompiler} call the same methods ({@link #methods}), so both run the same
 * TorchScript.
 *
 * <p>A call costs a few microseconds more than a direct JNI call, so only operators without a JNI
 * entry point go through here.
 */
final class TorchScriptOps implements AutoCloseable {
  /**
   * The helper methods of the operator module, as TorchScript source of class {@code
   * __torch__.IvyOps} without indentation; {@link #methods} adapts them to another class.
   */
  private static final String METHODS =
      """
      def expm1(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.expm1(x)
      def log1p(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.log1p(x)
      def asinh(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.asinh(x)
      def acosh(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.acosh(x)
      def atanh(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.atanh(x)
      def fsign(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.where(torch.isnan(x), x, torch.sign(x))
      def bnot(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.bitwise_not(x)
      def band(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        return torch.bitwise_and(x, y)
      def bor(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        return torch.bitwise_or(x, y)
      def bxor(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        return torch.bitwise_xor(x, y)
      def shl(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        return torch.bitwise_left_shift(x, y)
      def shr(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        return torch.bitwise_right_shift(x, y)
      def floordiv(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        if x.is_floating_point():
          return torch.floor_divide(x, y)
        z = torch.eq(y, 0)
        r = torch.floor_divide(x, torch.where(z, torch.ones_like(y), y))
        return torch.where(z, torch.zeros_like(r), r)
      def rem(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        if x.is_floating_point():
          return torch.remainder(x, y)
        z = torch.eq(y, 0)
        r = torch.remainder(x, torch.where(z, torch.ones_like(y), y))
        return torch.where(z, torch.zeros_like(r), r)
      def ipow(self: __torch__.IvyOps, x: Tensor, y: Tensor) -> Tensor:
        neg = torch.lt(y, 0)
        r = torch.pow(x, torch.where(neg, torch.zeros_like(y), y))
        if bool(torch.any(neg)):
          one = torch.ones_like(r)
          zero = torch.zeros_like(r)
          odd = torch.ne(torch.remainder(y, 2), 0)
          m1 = torch.where(odd, torch.neg(one), one)
          alt = torch.where(torch.eq(x, 1), one, torch.where(torch.eq(x, -1), m1, zero))
          r = torch.where(neg, alt, r)
        return r
      def take(self: __torch__.IvyOps, x: Tensor, i: Tensor, d: int, shape: List[int]) -> Tensor:
        return torch.reshape(torch.index_select(x, d, torch.reshape(i, [-1])), shape)
      def scatter_add(self: __torch__.IvyOps, x: Tensor, i: Tensor, u: Tensor) -> Tensor:
        dims = x.size()
        k = i.size(1)
        lin = i.select(1, k - 1)
        m = 1
        for j in range(k - 2, -1, -1):
          m = m * dims[j + 1]
          lin = torch.add(lin, torch.mul(i.select(1, j), m))
        n = 1
        for j in range(k):
          n = n * dims[j]
        rest = dims[k:]
        flat = torch.reshape(x, [n] + rest)
        r = torch.index_add(flat, 0, lin, torch.reshape(u, [i.size(0)] + rest))
        return torch.reshape(r, dims)
      def sort(self: __torch__.IvyOps, x: Tensor, d: int) -> Tensor:
        v, i = torch.sort(x, dim=d, stable=True)
        return v
      def argsort(self: __torch__.IvyOps, x: Tensor, d: int) -> Tensor:
        v, i = torch.sort(x, dim=d, stable=True)
        return i
      def cast(self: __torch__.IvyOps, x: Tensor, t: int) -> Tensor:
        return x.to(t)
      def fulli(self: __torch__.IvyOps, shape: List[int], v: int, t: int) -> Tensor:
        return torch.full(shape, v, dtype=t)
      def fullf(self: __torch__.IvyOps, shape: List[int], v: float, t: int) -> Tensor:
        return torch.full(shape, v, dtype=t)
      def iota(self: __torch__.IvyOps, n: int, t: int) -> Tensor:
        return torch.arange(n, dtype=t)
      def from_i16(self: __torch__.IvyOps, x: Tensor, shape: List[int]) -> Tensor:
        b = torch.reshape(x.to(dtype=3), [-1, 2])
        v = torch.add(b.select(1, 0), torch.mul(b.select(1, 1), 256))
        v = torch.where(torch.ge(v, 32768), torch.sub(v, 65536), v)
        return torch.reshape(v.to(dtype=2), shape)
      def from_bf16(self: __torch__.IvyOps, x: Tensor, shape: List[int]) -> Tensor:
        b = torch.reshape(x.to(dtype=3), [-1, 2])
        bits = torch.add(b.select(1, 0), torch.mul(b.select(1, 1), 256))
        e = torch.bitwise_and(torch.bitwise_right_shift(bits, 7), 255)
        m = torch.bitwise_and(bits, 127).to(dtype=7)
        two = torch.full([1], 2.0, dtype=7)
        normal = torch.mul(torch.add(m, 128.0), torch.pow(two, torch.sub(e, 134).to(dtype=7)))
        v = torch.where(torch.eq(e, 0), torch.mul(m, 2.0 ** -133), normal)
        special = torch.where(torch.eq(m, 0.0), torch.full_like(v, float("inf")), torch.full_like(v, float("nan")))
        v = torch.where(torch.eq(e, 255), special, v)
        v = torch.where(torch.ge(bits, 32768), torch.neg(v), v)
        return torch.reshape(v.to(dtype=15), shape)
      def cholesky(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.linalg_cholesky(x).contiguous()
      def trisolve(self: __torch__.IvyOps, a: Tensor, b: Tensor, upper: bool, unit: bool) -> Tensor:
        return torch.linalg_solve_triangular(a, b, upper=upper, left=True, unitriangular=unit).contiguous()
      def lu(self: __torch__.IvyOps, x: Tensor) -> List[Tensor]:
        lu, piv, info = torch.linalg_lu_factor_ex(x)
        p, l, u = torch.lu_unpack(lu, piv, unpack_data=False, unpack_pivots=True)
        # p[j, i] = 1 where row j of x is row i of L U: perm[i] = sum_j j * p[j, i], exactly
        idx = torch.arange(x.size(-1), dtype=p.dtype)
        return [lu.contiguous(), torch.round(torch.matmul(idx, p)).to(dtype=4).contiguous()]
      def qr(self: __torch__.IvyOps, x: Tensor, full: bool) -> List[Tensor]:
        mode = "complete" if full else "reduced"
        q, r = torch.linalg_qr(x, mode)
        return [q.contiguous(), r.contiguous()]
      def svd(self: __torch__.IvyOps, x: Tensor, full: bool) -> List[Tensor]:
        u, s, vh = torch.linalg_svd(x, full_matrices=full)
        return [u.contiguous(), s.contiguous(), vh.contiguous()]
      def eigh(self: __torch__.IvyOps, x: Tensor) -> List[Tensor]:
        w, v = torch.linalg_eigh(x)
        return [w.contiguous(), v.contiguous()]
      def conv_transpose(self: __torch__.IvyOps, t: List[Tensor], a: List[int]) -> Tensor:
        n = a[0]
        s = a[2:2 + n]
        p = a[2 + n:2 + 2 * n]
        op = a[2 + 2 * n:2 + 3 * n]
        d = a[2 + 3 * n:2 + 4 * n]
        pads = a[2 + 4 * n:]
        bias: Optional[Tensor] = None
        if len(t) > 2 and len(pads) == 0:
          bias = t[2]
        if n == 1:
          y = torch.conv_transpose1d(t[0], t[1], bias, s, p, op, a[1], d)
        elif n == 2:
          y = torch.conv_transpose2d(t[0], t[1], bias, s, p, op, a[1], d)
        else:
          y = torch.conv_transpose3d(t[0], t[1], bias, s, p, op, a[1], d)
        if len(pads) > 0:
          y = torch.constant_pad_nd(y, pads, 0.0)
          if len(t) > 2:
            y = torch.add(y, torch.reshape(t[2], [-1] + [1] * n))
        return y
      def max_pool(self: __torch__.IvyOps, x: Tensor, a: List[int]) -> Tensor:
        n = a[0]
        k = a[2:2 + n]
        s = a[2 + n:2 + 2 * n]
        p = a[2 + 2 * n:2 + 3 * n]
        d = a[2 + 3 * n:2 + 4 * n]
        pads = a[2 + 4 * n:]
        if len(pads) > 0:
          x = torch.constant_pad_nd(x, pads, float("-inf"))
        ceil = a[1] == 1
        if n == 1:
          return torch.max_pool1d(x, k, s, p, d, ceil)
        if n == 2:
          return torch.max_pool2d(x, k, s, p, d, ceil)
        return torch.max_pool3d(x, k, s, p, d, ceil)
      def avg(self: __torch__.IvyOps, x: Tensor, k: List[int], s: List[int], p: List[int], ceil: bool, inc: bool, div: int) -> Tensor:
        n = len(k)
        if n == 1 and div != 0:
          y = torch.avg_pool2d(torch.unsqueeze(x, 2), [1] + k, [1] + s, [0] + p, ceil, inc, div)
          return torch.squeeze(y, 2)
        if n == 1:
          return torch.avg_pool1d(x, k, s, p, ceil, inc)
        o: Optional[int] = None
        if div != 0:
          o = div
        if n == 2:
          return torch.avg_pool2d(x, k, s, p, ceil, inc, o)
        return torch.avg_pool3d(x, k, s, p, ceil, inc, o)
      def avg_pool(self: __torch__.IvyOps, x: Tensor, a: List[int]) -> Tensor:
        n = a[0]
        k = a[4:4 + n]
        s = a[4 + n:4 + 2 * n]
        p = a[4 + 2 * n:4 + 3 * n]
        if len(a) == 4 + 3 * n:
          return self.avg(x, k, s, p, a[1] == 1, a[2] == 1, a[3])
        x = torch.constant_pad_nd(x, a[4 + 3 * n:4 + 5 * n], 0.0)
        if len(a) == 4 + 5 * n:
          return self.avg(x, k, s, p, False, True, a[3])
        ones = torch.ones([1, 1] + a[4 + 5 * n:4 + 6 * n], dtype=x.dtype)
        mask = torch.constant_pad_nd(ones, a[4 + 6 * n:], 0.0)
        return torch.div(self.avg(x, k, s, p, False, True, 1), self.avg(mask, k, s, p, False, True, 1))
      def affine_w(self: __torch__.IvyOps, t: List[Tensor], wb: int) -> Optional[Tensor]:
        if wb % 2 == 1:
          return t[len(t) - 1 - wb // 2]
        return None
      def affine_b(self: __torch__.IvyOps, t: List[Tensor], wb: int) -> Optional[Tensor]:
        if wb >= 2:
          return t[len(t) - 1]
        return None
      def layer_norm(self: __torch__.IvyOps, t: List[Tensor], axis: int, wb: int, eps: float) -> Tensor:
        shape = t[0].size()[axis:]
        return torch.layer_norm(t[0], shape, self.affine_w(t, wb), self.affine_b(t, wb), eps, False)
      def batch_norm(self: __torch__.IvyOps, t: List[Tensor], wb: int, eps: float) -> Tensor:
        return torch.batch_norm(t[0], self.affine_w(t, wb), self.affine_b(t, wb), t[1], t[2], False, 0.0, eps, False)
      def group_norm(self: __torch__.IvyOps, t: List[Tensor], g: int, wb: int, eps: float) -> Tensor:
        return torch.group_norm(t[0], g, self.affine_w(t, wb), self.affine_b(t, wb), eps, False)
      def gelu_tanh(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.gelu(x, approximate="tanh")
      def silu(self: __torch__.IvyOps, x: Tensor) -> Tensor:
        return torch.silu(x)
      def max_pool_grad(self: __torch__.IvyOps, t: List[Tensor], a: List[int]) -> Tensor:
        n = a[0]
        ceil = a[1] == 1
        k = a[2:2 + n]
        s = a[2 + n:2 + 2 * n]
        p = a[2 + 2 * n:2 + 3 * n]
        d = a[2 + 3 * n:2 + 4 * n]
        x = t[0]
        g = t[1]
        if n == 1:
          x2 = torch.unsqueeze(x, 2)
          g2 = torch.unsqueeze(g, 2)
          y, i = torch.max_pool2d_with_indices(x2, [1] + k, [1] + s, [0] + p, [1] + d, ceil)
          gx = torch.max_pool2d_with_indices_backward(g2, x2, [1] + k, [1] + s, [0] + p, [1] + d, ceil, i)
          return torch.squeeze(gx, 2)
        if n == 2:
          y, i = torch.max_pool2d_with_indices(x, k, s, p, d, ceil)
          return torch.max_pool2d_with_indices_backward(g, x, k, s, p, d, ceil, i)
        y, i = torch.max_pool3d_with_indices(x, k, s, p, d, ceil)
        return torch.max_pool3d_with_indices_backward(g, x, k, s, p, d, ceil, i)
      def sdpa(self: __torch__.IvyOps, t: List[Tensor], scale: float, causal: bool, mask: int) -> Tensor:
        m: Optional[Tensor] = None
        if mask != 0:
          m = t[3]
        y = torch.scaled_dot_product_attention(t[0], t[1], t[2], m, 0.0, causal, scale=scale)
        if mask == 1:
          dead = torch.logical_not(torch.any(t[3], -1, True))
          y = torch.where(dead, torch.zeros_like(y), y)
        elif mask == 2:
          dead = torch.all(torch.eq(t[3], float("-inf")), -1, True)
          y = torch.where(dead, torch.zeros_like(y), y)
        return y
      def resize(self: __torch__.IvyOps, x: Tensor, size: List[int], f: List[float], mode: int, align: bool) -> Tensor:
        n = len(size)
        if mode == 0:
          if n == 1:
            return torch.upsample_nearest1d(x, size, f[0])
          if n == 2:
            return torch.upsample_nearest2d(x, size, f[0], f[1])
          return torch.upsample_nearest3d(x, size, f[0], f[1], f[2])
        if mode == 1:
          if n == 1:
            return torch._upsample_nearest_exact1d(x, size, f[0])
          if n == 2:
            return torch._upsample_nearest_exact2d(x, size, f[0], f[1])
          return torch._upsample_nearest_exact3d(x, size, f[0], f[1], f[2])
        if n == 1:
          return torch.upsample_linear1d(x, size, align, f[0])
        if n == 2:
          return torch.upsample_bilinear2d(x, size, align, f[0], f[1])
        return torch.upsample_trilinear3d(x, size, align, f[0], f[1], f[2])
      """;

  /** The operator module's {@code forward} (see {@link #callRecorded}), without indentation. */
  private static final String FORWARD =
      """
      def forward(self: __torch__.IvyOps, code: Tensor, a: Tensor, b: Tensor, c: Tensor, n: Tensor) -> List[Tensor]:
        k = int(code)
        i = int(n)
        if k == 0:
          return [torch.expm1(a)]
        if k == 1:
          return [torch.log1p(a)]
        if k == 2:
          return [torch.asinh(a)]
        if k == 3:
          return [torch.acosh(a)]
        if k == 4:
          return [torch.atanh(a)]
        if k == 5:
          return [self.rem(a, b)]
        if k == 6:
          return [torch.index_select(a, i, torch.reshape(b, [-1]))]
        if k == 7:
          return [self.scatter_add(a, b, c)]
        if k == 8:
          return [self.sort(a, i)]
        if k == 9:
          return [self.cholesky(a)]
        if k == 10:
          return [self.trisolve(a, b, i // 2 == 1, i % 2 == 1)]
        if k == 11:
          return self.lu(a)
        if k == 12:
          return self.qr(a, i == 1)
        if k == 13:
          return self.svd(a, i == 1)
        return self.eigh(a)
      """;

  /** The helper methods by name, each its source (of class {@code IvyOps}) without indentation. */
  private static final Map<String, String> BY_NAME = split(METHODS);

  private static final Pattern SELF_CALL = Pattern.compile("self\\.(\\w+)\\(");

  private final PtNDManager manager;
  private final PtSymbolBlock block;

  private TorchScriptOps(PtNDManager manager, PtSymbolBlock block) {
    this.manager = manager;
    this.block = block;
  }

  /** Compiles the module. */
  static TorchScriptOps load(PtNDManager manager) {
    String source = header("IvyOps") + (METHODS + FORWARD).indent(2);
    return new TorchScriptOps(manager, TorchScriptArchive.load(manager, "IvyOps", source, true));
  }

  /**
   * Returns the first lines of class {@code __torch__.<name>}'s source: no parameters or buffers,
   * the {@code training} attribute.
   */
  static String header(String name) {
    return "class "
        + name
        + "(Module):\n  __parameters__ = []\n  __buffers__ = []\n  training : bool\n";
  }

  /**
   * Returns the helper methods {@code names} and those they call, as methods of class {@code
   * __torch__.<className>} indented for its body.
   *
   * @throws IllegalArgumentException if a name is not a helper method
   */
  static String methods(String className, Collection<String> names) {
    Set<String> all = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(names);
    while (!todo.isEmpty()) {
      String n = todo.pop();
      String m = BY_NAME.get(n);
      if (m == null) {
        throw new IllegalArgumentException("TorchScriptOps: no helper method " + n);
      }
      if (all.add(n)) {
        Matcher k = SELF_CALL.matcher(m);
        while (k.find()) {
          todo.push(k.group(1));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String n : all) {
      sb.append(BY_NAME.get(n));
    }
    return sb.toString().replace("__torch__.IvyOps", "__torch__." + className).indent(2);
  }

  private static Map<String, String> split(String methods) {
    Map<String, String> r = new LinkedHashMap<>();
    String[] parts = methods.split("(?m)^(?=def )");
    for (String m : parts) {
      if (m.startsWith("def ")) {
        r.put(m.substring(4, m.indexOf('(')), m);
      }
    }
    return r;
  }

  /** Runs {@code method} on tensors. */
  PtNDArray call(String method, PtNDArray x) {
    IValue a = IValue.from(x);
    try {
      return run(method, a);
    } finally {
      a.close();
    }
  }

  /** Runs {@code method} on two tensors. */
  PtNDArray call(String method, PtNDArray x, PtNDArray y) {
    IValue a = IValue.from(x);
    IValue b = IValue.from(y);
    try {
      return run(method, a, b);
    } finally {
      a.close();
      b.close();
    }
  }

  /** Runs {@code method} on a tensor and an int. */
  PtNDArray call(String method, PtNDArray x, long i) {
    IValue a = IValue.from(x);
    IValue b = IValue.from(i);
    try {
      return run(method, a, b);
    } finally {
      a.close();
      b.close();
    }
  }

  /** Runs {@code method} on a tensor and a list of ints. */
  PtNDArray call(String method, PtNDArray x, long[] ints) {
    return runClosing(method, IValue.from(x), IValue.listFrom(ints));
  }

  /**
   * Runs {@code torch.scaled_dot_product_attention} on q, k, v and the optional mask {@code t[3]}
   * ({@code mask} 0 none, 1 bool, 2 additive); queries whose mask row keeps nothing give 0.
   */
  PtNDArray attention(PtNDArray[] t, double scale, boolean causal, long mask) {
    return runClosing(
        "sdpa", IValue.listFrom(t), IValue.from(scale), IValue.from(causal), IValue.from(mask));
  }

  /**
   * Runs PyTorch's upsampling of {@code x} to {@code size} with scale factors {@code factors}
   * ({@code mode} 0 nearest, 1 nearest-exact, 2 linear with {@code align} corners).
   */
  PtNDArray resize(PtNDArray x, long[] size, double[] factors, long mode, boolean align) {
    return runClosing(
        "resize",
        IValue.from(x),
        IValue.listFrom(size),
        IValue.listFrom(factors),
        IValue.from(mode),
        IValue.from(align));
  }

  /** Runs {@code method} on a list of tensors and a list of ints. */
  PtNDArray call(String method, PtNDArray[] tensors, long[] ints) {
    return runClosing(method, IValue.listFrom(tensors), IValue.listFrom(ints));
  }

  /**
   * Runs normalization {@code method} on tensors {@code t} (x, its statistics, then the weight and
   * bias flagged in {@code wb} = weight + 2 bias), the ints {@code ints} and {@code eps}.
   */
  PtNDArray norm(String method, PtNDArray[] t, long[] ints, long wb, double eps) {
    IValue[] args = new IValue[ints.length + 3];
    args[0] = IValue.listFrom(t);
    for (int i = 0; i < ints.length; i++) {
      args[1 + i] = IValue.from(ints[i]);
    }
    args[ints.length + 1] = IValue.from(wb);
    args[ints.length + 2] = IValue.from(eps);
    return runClosing(method, args);
  }

  /** Gathers {@code x} along {@code axis} at {@code idx}, giving {@code outShape}. */
  PtNDArray take(PtNDArray x, PtNDArray idx, int axis, Shape outShape) {
    IValue a = IValue.from(x);
    IValue b = IValue.from(idx);
    IValue c = IValue.from((long) axis);
    IValue d = IValue.listFrom(outShape.dims());
    try {
      return run("take", a, b, c, d);
    } finally {
      a.close();
      b.close();
      c.close();
      d.close();
    }
  }

  /**
   * Returns {@code x} plus {@code u} added at the [N, k] int64 index rows {@code i} (the first k
   * dims flattened to one linear index, then {@code index_add} along it; duplicates accumulate).
   */
  PtNDArray scatterAdd(PtNDArray x, PtNDArray i, PtNDArray u) {
    IValue a = IValue.from(x);
    IValue b = IValue.from(i);
    IValue c = IValue.from(u);
    try {
      return run("scatter_add", a, b, c);
    } finally {
      a.close();
      b.close();
      c.close();
    }
  }

  /** Converts {@code x} to {@code dtype}. */
  PtNDArray cast(PtNDArray x, DType dtype) {
    return call("cast", x, TorchConversions.scalarType(dtype));
  }

  /** Returns a tensor of {@code shape} and {@code dtype} filled with the integer {@code v}. */
  PtNDArray fullInt(Shape shape, long v, DType dtype) {
    return creation("fulli", IValue.listFrom(shape.dims()), IValue.from(v), dtype);
  }

  /** Returns a tensor of {@code shape} and {@code dtype} filled with {@code v}. */
  PtNDArray fullFloat(Shape shape, double v, DType dtype) {
    return creation("fullf", IValue.listFrom(shape.dims()), IValue.from(v), dtype);
  }

  /** Returns 0..n-1 in {@code dtype}. */
  PtNDArray iota(long n, DType dtype) {
    IValue a = IValue.from(n);
    IValue t = IValue.from((long) TorchConversions.scalarType(dtype));
    try {
      return run("iota", a, t);
    } finally {
      a.close();
      t.close();
    }
  }

  private PtNDArray creation(String method, IValue shape, IValue v, DType dtype) {
    IValue t = IValue.from((long) TorchConversions.scalarType(dtype));
    try {
      return run(method, shape, v, t);
    } finally {
      shape.close();
      v.close();
      t.close();
    }
  }

  /** Reinterprets a flat uint8 tensor as {@code dtype} (int16 or bfloat16) of {@code shape}. */
  PtNDArray fromRawBytes(PtNDArray bytes, DType dtype, Shape shape) {
    // TorchScript cannot reinterpret a dtype (no view(dtype)); rebuild values from the bytes
    IValue a = IValue.from(bytes);
    IValue s = IValue.listFrom(shape.dims());
    try {
      return run(dtype == DType.INT16 ? "from_i16" : "from_bf16", a, s);
    } finally {
      a.close();
      s.close();
    }
  }

  /** Runs {@code method} on a tensor and a bool, returning the list of tensors it returns. */
  PtNDArray[] callList(String method, PtNDArray x, boolean flag) {
    IValue a = IValue.from(x);
    IValue b = IValue.from(flag);
    try {
      return runList(method, a, b);
    } finally {
      a.close();
      b.close();
    }
  }

  /** Runs {@code method} on a tensor, returning the list of tensors it returns. */
  PtNDArray[] callList(String method, PtNDArray x) {
    IValue a = IValue.from(x);
    try {
      return runList(method, a);
    } finally {
      a.close();
    }
  }

  /** Solves a triangular system (see {@code trisolve} in the module source). */
  PtNDArray triangularSolve(PtNDArray a, PtNDArray b, boolean upper, boolean unit) {
    IValue ia = IValue.from(a);
    IValue ib = IValue.from(b);
    IValue iu = IValue.from(upper);
    IValue in = IValue.from(unit);
    try {
      return run("trisolve", ia, ib, iu, in);
    } finally {
      ia.close();
      ib.close();
      iu.close();
      in.close();
    }
  }

  private PtNDArray[] runList(String method, IValue... args) {
    JniUtils.setGraphExecutorOptimize(false);
    IValue r = IValueUtils.runMethod(block, method, args);
    try {
      return r.toTensorArray(manager);
    } finally {
      r.close();
    }
  }

  /**
   * Runs operation {@code code} of the module's {@code forward} (0 expm1, 1 log1p, 2 asinh, 3
   * acosh, 4 atanh, 5 rem, 6 index_select along {@code n}, 7 scatter_add, 8 sort along {@code n}, 9
   * cholesky, 10 trisolve with {@code n} = 2 upper + unit, 11 lu, 12 qr, 13 svd with {@code n} =
   * full, 14 eigh) with autograd recording: DJL runs other methods with autograd off, but records a
   * module's forward in training mode. Unused tensor slots take {@code a}.
   */
  PtNDArray[] callRecorded(int code, PtNDArray a, PtNDArray b, PtNDArray c, long n) {
    PtNDArray k = (PtNDArray) manager.create((long) code);
    PtNDArray i = (PtNDArray) manager.create(n);
    List<PtNDArray> tmp = new ArrayList<>(List.of(k, i));
    try {
      NDList in =
          new NDList(
              k,
              unnamed(a, tmp),
              unnamed(b != null ? b : a, tmp),
              unnamed(c != null ? c : a, tmp),
              i);
      JniUtils.setGraphExecutorOptimize(false);
      NDList out = IValueUtils.forward(block, in, true);
      PtNDArray[] r = new PtNDArray[out.size()];
      for (int j = 0; j < r.length; j++) {
        r[j] = (PtNDArray) out.get(j);
      }
      return r;
    } finally {
      for (PtNDArray t : tmp) {
        t.close();
      }
    }
  }

  /**
   * Returns {@code x}, or an unnamed view of it: DJL reads names of forward inputs as structure
   * (dict keys, lists, method selection).
   */
  private static PtNDArray unnamed(PtNDArray x, List<PtNDArray> tmp) {
    if (x.getName() == null) {
      return x;
    }
    PtNDArray v = JniUtils.reshape(x, x.getShape().getShape());
    tmp.add(v);
    return v;
  }

  private PtNDArray runClosing(String method, IValue... args) {
    try {
      return run(method, args);
    } finally {
      for (IValue a : args) {
        a.close();
      }
    }
  }

  private PtNDArray run(String method, IValue... args) {
    // the graph executor's profiling mode is thread-local in libtorch; keep it off everywhere
    JniUtils.setGraphExecutorOptimize(false);
    IValue r = IValueUtils.runMethod(block, method, args);
    try {
      return r.toTensor(manager);
    } finally {
      r.close();
    }
  }

  @Override
  public void close() {
    block.close();
  }
}
