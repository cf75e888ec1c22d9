# Generates ivy-testkit/src/test/resources/dev/ivy/testkit/jax-breadth.jsonl: reference cases for JAX
# frontend functions that conformance/oracle/jax.jsonl does not hold, as that file was made: computed
# with the installed NumPy (2.x) on 32-bit inputs, results in JAX's default 32-bit dtypes
# (jax_enable_x64 off: float64 -> float32, int64 -> int32).
# - numpy.X: functions whose jax.numpy version documents NumPy's semantics ("LAX-backend
#   implementation of numpy.X"), called as NumPy is.
# - lax.X, nn.X, numpy.linalg.X: NumPy transcriptions of the operation as JAX's documentation
#   defines it (each function below cites the rule it follows).
# ConformanceSuiteTest runs them with the shared cases on every backend.
# Run (from tools/): python3 gen_jax_breadth.py ../ivy-testkit/src/test/resources/dev/ivy/testkit/jax-breadth.jsonl
import json, math, sys, random
import numpy as np
from oracle_cases import array, dec, enc

R = random.Random(13)
OUT = []
counts = {}
F32, I32, B = 'float32', 'int32', 'bool'


def A(dtype, shape, data=None, lo=-3.0, hi=3.0):
    return array(R, dtype, shape, data, lo, hi)


def canon(r):
    """JAX's 32-bit result: float64 -> float32, int64 -> int32 (arrays and NumPy scalars)."""
    if isinstance(r, np.generic) and not isinstance(r, np.bool_):
        r = np.asarray(r)
    if isinstance(r, np.ndarray):
        if r.dtype == np.float64: return r.astype(np.float32)
        if r.dtype == np.int64: return r.astype(np.int32)
        return r
    if isinstance(r, (tuple, list)):
        return [canon(x) for x in r]
    return r


def case(fn, impl, source, *args, **kwargs):
    i = counts.get(fn, 0)
    counts[fn] = i + 1
    r = impl(*[dec(x) for x in args], **{k: (tuple(v) if isinstance(v, list) and k in ('axis', 'axes', 'shape', 'dims') else dec(v)) for k, v in kwargs.items()})
    OUT.append({"id": "jax-breadth/%s/%04d" % (fn, i), "frontend": "jax", "fn": fn,
                "args": list(args), "kwargs": kwargs, "expect": enc(canon(r)),
                "rtol": 1e-4, "atol": 1e-5, "source": source})


NP_SRC = "numpy " + np.__version__ + " (jax.numpy parity)"


def J(name, *args, **kwargs):
    """numpy.NAME as jax.numpy.NAME."""
    case("numpy." + name, getattr(np, name.split('.')[0]) if '.' not in name else getattr(np.linalg, name.split('.')[1]), NP_SRC, *args, **kwargs)


# ---------------------------------------------------------------- jax.numpy, NumPy's semantics
J('angle', A(F32, [4], [1.0, -2.0, 0.0, -0.5]))
J('angle', A(F32, [3], [1.0, -2.0, 3.0]), deg=True)
J('array_equiv', A(I32, [3], [1, 2, 3]), A(I32, [2, 3], [1, 2, 3, 1, 2, 3]))
J('array_equiv', A(I32, [3], [1, 2, 3]), A(I32, [2], [1, 2]))
J('bincount', A(I32, [6], [0, 1, 1, 3, 2, 1]))
J('bincount', A(I32, [4], [0, 1, 1, 3]), minlength=6)
J('bincount', A(I32, [3], [0, 2, 2]), weights=A(F32, [3], [0.5, 1.0, 2.0]))
J('broadcast_shapes', [2, 1], [1, 3])
J('choose', A(I32, [4], [0, 1, 2, 1]), [A(F32, [4]), A(F32, [4]), A(F32, [4])])
J('compress', A(B, [3], [True, False, True]), A(F32, [3, 2]), axis=0)
J('convolve', A(F32, [4]), A(F32, [3]))
J('convolve', A(F32, [5]), A(F32, [2]), mode='same')
J('copy', A(F32, [2, 2]))
J('corrcoef', A(F32, [3, 4]))
J('correlate', A(F32, [5]), A(F32, [3]))
J('correlate', A(F32, [4]), A(F32, [2]), mode='full')
J('cov', A(F32, [2, 5]))
J('cov', A(F32, [4, 2]), rowvar=False, ddof=0)
J('cumulative_prod', A(F32, [4], [1.0, 2.0, 0.5, 3.0]))
J('cumulative_prod', A(I32, [2, 3], [1, 2, 3, 4, 5, 6]), axis=1, include_initial=True)
J('delete', A(F32, [5]), 1)
J('delete', A(F32, [3, 2]), [0, 2], axis=0)
J('diag_indices', 3)
J('digitize', A(F32, [5], [0.2, 6.4, 3.0, 1.6, 2.5]), A(F32, [4], [0.0, 1.0, 2.5, 4.0]))
J('digitize', A(F32, [3], [1.0, 2.5, 4.0]), A(F32, [3], [1.0, 2.5, 4.0]), right=True)
J('dsplit', A(F32, [1, 2, 4]), 2)
J('extract', A(B, [2, 2], [True, False, False, True]), A(F32, [2, 2]))
J('gcd', A(I32, [4], [12, -18, 0, 7]), A(I32, [4], [8, 12, 5, 0]))
J('geomspace', 1.0, 1000.0, 4)
J('geomspace', 2.0, 32.0, 3, endpoint=False)
J('histogram_bin_edges', A(F32, [6], [0.5, 1.5, 2.0, 3.0, 0.0, 4.0]), 4)
J('indices', [2, 3])
J('insert', A(F32, [4]), 1, 9.0)
J('insert', A(I32, [2, 2], [1, 2, 3, 4]), 1, 7, axis=1)
J('interp', A(F32, [4], [0.5, 1.5, 3.0, -1.0]), A(F32, [3], [0.0, 1.0, 2.0]), A(F32, [3], [0.0, 10.0, 5.0]))
J('interp', A(F32, [2], [-1.0, 5.0]), A(F32, [2], [0.0, 1.0]), A(F32, [2], [1.0, 2.0]), left=-7.0, right=7.0)
J('intersect1d', A(I32, [5], [1, 3, 4, 3, 2]), A(I32, [4], [3, 1, 2, 1]))
J('iscomplex', A(F32, [3]))
J('isin', A(I32, [5], [0, 2, 4, 6, 8]), A(I32, [3], [2, 6, 9]))
J('isin', A(I32, [3], [1, 2, 3]), A(I32, [1], [2]), invert=True)
J('isreal', A(F32, [3]))
J('lcm', A(I32, [3], [4, -6, 0]), A(I32, [3], [6, 4, 3]))
J('ldexp', A(F32, [3]), A(I32, [3], [1, 2, -1]))
J('matvec', A(F32, [2, 3]), A(F32, [3]))
J('modf', A(F32, [4], [1.5, -2.25, 3.0, -0.5]))
J('nanargmax', A(F32, [4], [1.0, float('nan'), 3.0, 2.0]))
J('nanargmin', A(F32, [2, 3], [1.0, float('nan'), -3.0, 2.0, 0.5, float('nan')]), axis=1)
J('nancumprod', A(F32, [4], [2.0, float('nan'), 3.0, 0.5]))
J('nancumsum', A(F32, [2, 2], [1.0, float('nan'), float('nan'), 4.0]), axis=0)
J('nanprod', A(F32, [4], [2.0, float('nan'), 3.0, 0.5]))
J('nanstd', A(F32, [5], [1.0, float('nan'), 3.0, 2.0, 6.0]))
J('nanvar', A(F32, [2, 3], [1.0, float('nan'), 3.0, 2.0, 6.0, 1.0]), axis=1, ddof=1)
J('ndim', A(F32, [2, 3, 1]))
J('polyadd', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [2], [4.0, 5.0]))
J('polyder', A(F32, [4], [1.0, -2.0, 3.0, 4.0]))
J('polyder', A(F32, [4], [1.0, -2.0, 3.0, 4.0]), 2)
J('polymul', A(F32, [2], [1.0, 2.0]), A(F32, [3], [3.0, -1.0, 0.5]))
J('polyval', A(F32, [3], [3.0, 0.0, 1.0]), A(F32, [3], [1.0, 2.0, -1.0]))
J('ravel_multi_index', [A(I32, [3], [0, 1, 2]), A(I32, [3], [1, 0, 3])], [3, 4])
J('resize', A(F32, [3]), [2, 4])
J('rollaxis', A(F32, [2, 3, 4]), 2)
J('rollaxis', A(F32, [2, 3, 4]), 2, 1)
J('select', [A(B, [4], [True, False, False, True]), A(B, [4], [False, True, False, True])], [A(F32, [4]), A(F32, [4])])
J('select', [A(B, [3], [True, False, False])], [A(I32, [3], [1, 2, 3])], -1)
J('setdiff1d', A(I32, [6], [5, 1, 3, 1, 4, 2]), A(I32, [2], [1, 4]))
J('shape', A(F32, [2, 3]))
J('size', A(F32, [2, 3]))
J('spacing', A(F32, [3], [1.0, -2.0, 1000.0]))
J('trapezoid', A(F32, [4], [1.0, 2.0, 4.0, 8.0]))
J('trapezoid', A(F32, [3], [1.0, 2.0, 3.0]), dx=0.5)
J('trapezoid', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [3], [0.0, 1.0, 3.0]))
J('tril_indices', 3)
J('tril_indices', 3, -1, 4)
J('trim_zeros', A(F32, [6], [0.0, 0.0, 1.0, 2.0, 0.0, 0.0]))
J('trim_zeros', A(I32, [4], [0, 1, 2, 0]), 'f')
J('triu_indices', 3, 1)
J('union1d', A(I32, [4], [3, 1, 2, 1]), A(I32, [3], [5, 1, 4]))
# NumPy >= 2.3 returns unique_values in hash order; jax.numpy.unique_values sorts, as np.unique does
case('numpy.unique_values', np.unique, NP_SRC, A(I32, [6], [3, 1, 2, 1, 3, 0]))
J('unravel_index', A(I32, [3], [1, 5, 11]), [3, 4])
J('vander', A(F32, [3], [1.0, 2.0, 3.0]))
J('vander', A(I32, [3], [1, 2, 3]), 2, increasing=True)
J('vecdot', A(F32, [2, 3]), A(F32, [3]))
J('vecmat', A(F32, [3]), A(F32, [3, 2]))
J('linalg.cond', A(F32, [2, 2], [1.0, 2.0, 3.0, 4.0]))
J('linalg.multi_dot', [A(F32, [2, 3]), A(F32, [3, 3]), A(F32, [3, 1])])
J('linalg.tensordot', A(F32, [2, 3]), A(F32, [3, 2]), axes=1)



# windows, bits, sets, polynomials: jax.numpy versions of NumPy's functions
for fn in ['bartlett', 'blackman', 'hamming', 'hanning']:
    J(fn, 5)
J('kaiser', 6, 5.0)
J('i0', A(F32, [3], [0.0, 1.0, -2.5]))
J('bitwise_count', A(I32, [4], [-1, 7, -8, 0]))
J('frexp', A(F32, [4], [0.0, 8.0, -0.3, 1.0]))
J('setxor1d', A(I32, [5], [1, 2, 3, 2, 4]), A(I32, [5], [2, 3, 5, 7, 5]))
J('unique_counts', A(I32, [6], [3, 1, 2, 1, 3, 3]))
J('unique_inverse', A(I32, [4], [3, 1, 1, 2]))
J('unique_all', A(F32, [4], [2.0, 1.0, 2.0, 0.5]))
J('lexsort', [A(I32, [4], [1, 5, 1, 4]), A(I32, [4], [2, 1, 2, 1])])
J('polyint', A(F32, [3], [1.0, 2.0, 3.0]))
J('polysub', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [2], [4.0, 5.0]))
J('tril_indices_from', A(F32, [3, 4]))
J('triu_indices_from', A(F32, [3, 3]), 1)
J('diag_indices_from', A(F32, [3, 3]))
J('iscomplexobj', A(F32, [2]))
J('isrealobj', A(I32, [2]))

# ---------------------------------------------------------------- jax.nn, as documented
def NN(name, impl, *args, **kwargs):
    case("nn." + name, impl, "numpy " + np.__version__ + " transcription of jax.nn." + name + "'s documented formula", *args, **kwargs)

X = A(F32, [7], [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
NN('identity', lambda x: x, X)
NN('tanh', np.tanh, X)
# sparse_plus(x) = 0 for x <= -1, (x + 1)^2 / 4 for -1 < x < 1, x for x >= 1
NN('sparse_plus', lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, x, (x + 1) ** 2 / 4)).astype(x.dtype), X)
# sparse_sigmoid(x) = 0 for x <= -1, (x + 1) / 2 for -1 < x < 1, 1 for x >= 1
NN('sparse_sigmoid', lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, 1.0, (x + 1) / 2)).astype(x.dtype), X)


# ---------------------------------------------------------------- jax.lax, as documented
def L(name, impl, *args, **kwargs):
    case("lax." + name, impl, "numpy " + np.__version__ + " transcription of jax.lax." + name + " as its documentation defines it", *args, **kwargs)


def lax_pad(x, v, config):
    # each (lo, hi, interior): interior padding between elements, then lo/hi (negative removes)
    for ax, (lo, hi, interior) in enumerate(config):
        n = x.shape[ax]
        m = n + max(n - 1, 0) * interior
        shape = list(x.shape); shape[ax] = m
        y = np.full(shape, v, dtype=x.dtype)
        idx = [slice(None)] * x.ndim; idx[ax] = slice(0, m, interior + 1)
        y[tuple(idx)] = x
        if lo >= 0:
            shape[ax] = lo; y = np.concatenate([np.full(shape, v, dtype=x.dtype), y], axis=ax)
        else:
            idx = [slice(None)] * x.ndim; idx[ax] = slice(-lo, None); y = y[tuple(idx)]
        if hi >= 0:
            shape = list(y.shape); shape[ax] = hi; y = np.concatenate([y, np.full(shape, v, dtype=x.dtype)], axis=ax)
        else:
            idx = [slice(None)] * x.ndim; idx[ax] = slice(0, y.shape[ax] + hi); y = y[tuple(idx)]
        x = y
    return x

L('pad', lax_pad, A(F32, [3], [1.0, 2.0, 3.0]), 0.0, [[1, 2, 0]])
L('pad', lax_pad, A(F32, [3], [1.0, 2.0, 3.0]), -1.0, [[0, 0, 1]])
L('pad', lax_pad, A(I32, [2, 3], [1, 2, 3, 4, 5, 6]), 0, [[-1, 1, 0], [1, -1, 1]])


def dyn_update(x, u, starts):
    # start indices are clamped so that the update fits
    s = [min(max(int(st), 0), x.shape[i] - u.shape[i]) for i, st in enumerate(starts)]
    y = x.copy(); y[tuple(slice(a, a + n) for a, n in zip(s, u.shape))] = u
    return y

L('dynamic_update_slice', dyn_update, A(F32, [4, 3]), A(F32, [2, 2]), [1, 1])
L('dynamic_update_slice', dyn_update, A(I32, [5], [1, 2, 3, 4, 5]), A(I32, [2], [9, 9]), [4])


def dyn_slice_in_dim(x, start, size, axis=0):
    s = min(max(int(start), 0), x.shape[axis] - size)
    idx = [slice(None)] * x.ndim; idx[axis] = slice(s, s + size)
    return x[tuple(idx)]

L('dynamic_slice_in_dim', dyn_slice_in_dim, A(F32, [5, 2]), 1, 3)
L('dynamic_slice_in_dim', dyn_slice_in_dim, A(F32, [2, 5]), 4, 2, axis=1)


def dyn_update_in_dim(x, u, start, axis):
    starts = [0] * x.ndim; starts[axis] = start
    return dyn_update(x, u, starts)

L('dynamic_update_slice_in_dim', dyn_update_in_dim, A(F32, [3, 4]), A(F32, [3, 2]), 1, 1)


def index_in_dim(x, index, axis=0, keepdims=True):
    i = index + x.shape[axis] if index < 0 else index
    idx = [slice(None)] * x.ndim; idx[axis] = slice(i, i + 1)
    r = x[tuple(idx)]
    return r if keepdims else np.squeeze(r, axis)

L('index_in_dim', index_in_dim, A(F32, [3, 2]), 1)
L('index_in_dim', index_in_dim, A(F32, [3, 2]), -1, 1, False)
L('dynamic_index_in_dim', index_in_dim, A(F32, [3, 2]), 2, 0, False)
L('broadcasted_iota', lambda dt, shape, dim: np.broadcast_to(np.arange(shape[dim], dtype=dt).reshape([-1 if i == dim else 1 for i in range(len(shape))]), shape).copy(), {"dtype": "int32"}, [2, 3], 1)
L('population_count', lambda x: np.array([bin(int(v) & 0xFFFFFFFF).count('1') for v in x.reshape(-1)], dtype=x.dtype).reshape(x.shape), A(I32, [4], [0, 7, -1, 1024]))
L('clz', lambda x: np.array([32 - (int(v) & 0xFFFFFFFF).bit_length() for v in x.reshape(-1)], dtype=x.dtype).reshape(x.shape), A(I32, [4], [0, 1, -1, 1024]))
L('shift_right_logical', lambda x, y: ((x.astype(np.int64) & 0xFFFFFFFF) >> y.astype(np.int64)).astype(np.uint32).astype(np.int32), A(I32, [3], [-8, 16, 7]), A(I32, [3], [1, 2, 0]))


def _erfinv(y):
    # Newton on erf(x) = y from a good start; exact to float precision
    if y <= -1: return -math.inf
    if y >= 1: return math.inf
    x = 0.0
    for _ in range(100):
        x -= (math.erf(x) - y) / (2 / math.sqrt(math.pi) * math.exp(-x * x))
    return x

L('erf_inv', lambda x: np.array([_erfinv(float(v)) for v in x.reshape(-1)], dtype=x.dtype).reshape(x.shape), A(F32, [4], [-0.5, 0.0, 0.3, 0.9]))
L('erfc', lambda x: np.array([math.erfc(float(v)) for v in x.reshape(-1)], dtype=x.dtype).reshape(x.shape), A(F32, [4], [-1.0, 0.0, 0.5, 2.0]))
L('lgamma', lambda x: np.array([math.lgamma(float(v)) for v in x.reshape(-1)], dtype=x.dtype).reshape(x.shape), A(F32, [4], [0.5, 1.0, 3.5, 10.0]))
L('bessel_i0e', lambda x: (np.exp(-np.abs(x.astype(np.float64))) * np.i0(x.astype(np.float64))).astype(x.dtype), A(F32, [4], [-2.0, 0.0, 0.5, 3.0]))


def sort_key_val(k, v, dimension=-1):
    i = np.argsort(k, axis=dimension, kind='stable')
    return [np.take_along_axis(k, i, axis=dimension), np.take_along_axis(v, i, axis=dimension)]

L('sort_key_val', sort_key_val, A(F32, [5], [3.0, 1.0, 2.0, 1.0, 0.0]), A(I32, [5], [0, 1, 2, 3, 4]))
L('sort_key_val', sort_key_val, A(I32, [2, 3], [3, 1, 2, 0, 5, 4]), A(F32, [2, 3]), 0)


def cumlogsumexp(x, axis=0, reverse=False):
    x64 = x.astype(np.float64)
    if reverse: x64 = np.flip(x64, axis)
    r = np.logaddexp.accumulate(x64, axis=axis)
    if reverse: r = np.flip(r, axis)
    return r.astype(x.dtype)

L('cumlogsumexp', cumlogsumexp, A(F32, [4]))
L('cumlogsumexp', cumlogsumexp, A(F32, [2, 3]), axis=1, reverse=True)
L('select_n', lambda which, *cases: np.choose(which.astype(np.int64), cases), A(B, [4], [True, False, True, False]), A(F32, [4]), A(F32, [4]))
L('select_n', lambda which, *cases: np.choose(which.astype(np.int64), cases), A(I32, [4], [0, 2, 1, 2]), A(I32, [4]), A(I32, [4]), A(I32, [4]))


def dot_general(l, r, dimension_numbers):
    (lc, rc), (lb, rb) = dimension_numbers
    letters = 'abcdefghijklmnopqrstuvwxyz'
    ls = list(letters[:l.ndim]); rs = list(letters[l.ndim:l.ndim + r.ndim])
    for a, b in zip(lc, rc): rs[b] = ls[a]
    for a, b in zip(lb, rb): rs[b] = ls[a]
    out = [ls[a] for a in lb] + [c for i, c in enumerate(ls) if i not in lc and i not in lb] + [c for i, c in enumerate(rs) if i not in rc and i not in rb]
    return np.einsum(''.join(ls) + ',' + ''.join(rs) + '->' + ''.join(out), l, r)

L('dot_general', dot_general, A(F32, [2, 3]), A(F32, [3, 4]), [[[1], [0]], [[], []]])
L('dot_general', dot_general, A(F32, [2, 3, 4]), A(F32, [2, 4, 5]), [[[2], [1]], [[0], [0]]])


def conv_general(lhs, rhs, window_strides, padding, lhs_dilation=None, rhs_dilation=None, feature_group_count=1):
    # NCHW input, OIHW kernel (dimension_numbers=None); padding 'VALID', 'SAME' or (lo, hi) pairs
    x = lhs.astype(np.float64); w = rhs.astype(np.float64)
    nd = x.ndim - 2
    lhs_dilation = lhs_dilation or [1] * nd; rhs_dilation = rhs_dilation or [1] * nd
    for d in range(nd):  # lhs dilation: zeros between input elements
        if lhs_dilation[d] > 1:
            n = x.shape[2 + d]; shape = list(x.shape); shape[2 + d] = (n - 1) * lhs_dilation[d] + 1
            y = np.zeros(shape); idx = [slice(None)] * x.ndim; idx[2 + d] = slice(None, None, lhs_dilation[d]); y[tuple(idx)] = x; x = y
    k_eff = [(w.shape[2 + d] - 1) * rhs_dilation[d] + 1 for d in range(nd)]
    if padding == 'VALID':
        pads = [(0, 0)] * nd
    elif padding == 'SAME':
        pads = []
        for d in range(nd):
            out = -(-x.shape[2 + d] // window_strides[d])
            total = max((out - 1) * window_strides[d] + k_eff[d] - x.shape[2 + d], 0)
            pads.append((total // 2, total - total // 2))
    else:
        pads = [tuple(p) for p in padding]
    x = np.pad(x, [(0, 0), (0, 0)] + pads)
    outs = [(x.shape[2 + d] - k_eff[d]) // window_strides[d] + 1 for d in range(nd)]
    n, c = x.shape[:2]; o = w.shape[0]; g = feature_group_count; cg = c // g; og = o // g
    y = np.zeros([n, o] + outs)
    for pos in np.ndindex(*outs):
        sl = [slice(None), slice(None)] + [slice(pos[d] * window_strides[d], pos[d] * window_strides[d] + k_eff[d], rhs_dilation[d]) for d in range(nd)]
        patch = x[tuple(sl)]
        for gi in range(g):
            pg = patch[:, gi * cg:(gi + 1) * cg]
            wg = w[gi * og:(gi + 1) * og]
            y[(slice(None), slice(gi * og, (gi + 1) * og)) + pos] = np.tensordot(pg, wg, axes=(list(range(1, pg.ndim)), list(range(1, wg.ndim))))
    return y.astype(lhs.dtype)

L('conv_general_dilated', conv_general, A(F32, [1, 2, 5, 5]), A(F32, [3, 2, 3, 3]), [1, 1], 'SAME')
L('conv_general_dilated', conv_general, A(F32, [2, 1, 6]), A(F32, [2, 1, 3]), [2], [[1, 0]], rhs_dilation=[2])
L('conv_general_dilated', conv_general, A(F32, [1, 4, 4, 4]), A(F32, [4, 2, 2, 2]), [1, 1], 'VALID', feature_group_count=2)
L('conv_general_dilated', conv_general, A(F32, [1, 1, 3, 3]), A(F32, [1, 1, 2, 2]), [1, 1], [[1, 1], [1, 1]], lhs_dilation=[2, 2])
L('conv', lambda l, r, s, p: conv_general(l, r, s, p), A(F32, [1, 1, 4, 4]), A(F32, [2, 1, 2, 2]), [2, 2], 'VALID')
L('conv_with_general_padding', lambda l, r, s, p, ld, rd: conv_general(l, r, s, p, ld, rd), A(F32, [1, 1, 4, 4]), A(F32, [1, 1, 3, 3]), [1, 1], [[1, 0], [0, 1]], [1, 1], [1, 1])
L('collapse', lambda x, a, b: x.reshape(x.shape[:a] + (-1,) + x.shape[b:]), A(F32, [2, 3, 4]), 1, 3)
L('collapse', lambda x, a, b: x.reshape(x.shape[:a] + (-1,) + x.shape[b:]), A(I32, [2, 3, 4]), 0, 2)
L('zeros_like_array', np.zeros_like, A(I32, [2, 2]))
L('broadcast_to_rank', lambda x, rank: x.reshape((1,) * (rank - x.ndim) + x.shape), A(F32, [3]), 3)
L('reduce_xor', lambda x, axes: np.bitwise_xor.reduce(x, axis=tuple(axes)), A(I32, [2, 3], [1, 2, 3, 4, 5, 6]), [1])
L('approx_max_k', lambda x, k: [np.sort(x, axis=-1)[..., ::-1][..., :k], np.argsort(-x, axis=-1, kind='stable')[..., :k].astype(np.int32)], A(F32, [2, 4], [1.0, 4.0, 2.0, 3.0, 0.5, -1.0, 7.0, 2.0]), 2)
L('approx_min_k', lambda x, k: [np.sort(x, axis=-1)[..., :k], np.argsort(x, axis=-1, kind='stable')[..., :k].astype(np.int32)], A(F32, [5], [1.0, 4.0, 2.0, 3.0, 0.5]), 3)
def _tri_solve(a, b, left_side, lower, transpose_a):
    t = np.tril(a) if lower else np.triu(a)
    if transpose_a: t = t.T
    t = t.astype(np.float64); b64 = b.astype(np.float64)
    x = np.linalg.solve(t, b64) if left_side else np.linalg.solve(t.T, b64.T).T
    return x.astype(a.dtype)


# lax.linalg: operations whose result is unique
L('linalg.cholesky', lambda a: np.linalg.cholesky(a.astype(np.float64)).astype(a.dtype), A(F32, [2, 2], [4.0, 2.0, 2.0, 3.0]))
L('linalg.triangular_solve', lambda a, b, left_side=False, lower=False, transpose_a=False: _tri_solve(a, b, left_side, lower, transpose_a), A(F32, [2, 2], [2.0, 0.0, 1.0, 4.0]), A(F32, [2, 2], [1.0, 2.0, 3.0, 4.0]), left_side=True, lower=True)
L('linalg.svd', lambda a, full_matrices=True, compute_uv=True: np.linalg.svd(a.astype(np.float64), compute_uv=False).astype(a.dtype), A(F32, [3, 2]), compute_uv=False)


if __name__ == '__main__':
    with open(sys.argv[1], 'w') as f:
        for c in OUT:
            f.write(json.dumps(c, separators=(',', ':')) + "\n")
    print(len(OUT), "cases,", len(counts), "functions")
