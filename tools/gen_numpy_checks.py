# Generates ivy-testkit/src/test/resources/dev/ivy/testkit/numpy-extra.jsonl: reference cases, computed
# with the installed NumPy (2.x), for NumPy frontend functions that ../shared/oracle/numpy.jsonl does
# not exercise. NumpyFrontendTest runs them on every backend.
# Run: python3 tools/gen_numpy_checks.py ivy-testkit/src/test/resources/dev/ivy/testkit/numpy-extra.jsonl
import json, math, sys, random
import numpy as np

R = random.Random(4)
OUT = []
counts = {}

def enc_num(x):
    x = float(x)
    if math.isnan(x): return "nan"
    if math.isinf(x): return "inf" if x > 0 else "-inf"
    return x

def A(dtype, shape, data=None, lo=-3.0, hi=3.0):
    n = int(np.prod(shape)) if shape else 1
    if data is None:
        if dtype == 'bool':
            data = [R.random() < 0.5 for _ in range(n)]
        elif dtype.startswith('int') or dtype.startswith('uint'):
            a, b = (0, 10) if dtype.startswith('uint') else (-5, 5)
            data = [R.randint(a, b) for _ in range(n)]
        else:
            data = [round(R.uniform(lo, hi), 2) for _ in range(n)]
    if not (dtype == 'bool' or dtype.startswith('int') or dtype.startswith('uint')):
        data = [enc_num(x) for x in data]
    return {"array": {"dtype": dtype, "shape": list(shape), "data": data}}

def D(name):
    return {"dtype": name}

def dec(v):
    if isinstance(v, dict) and 'array' in v:
        a = v['array']
        data = [float(x) if isinstance(x, str) else x for x in a['data']]
        return np.array(data, dtype=a['dtype']).reshape(a['shape'])
    if isinstance(v, dict) and 'dtype' in v:
        return np.dtype(v['dtype'])
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v

def enc(r):
    if isinstance(r, (bool, np.bool_)) and not isinstance(r, np.ndarray):
        return bool(r)
    if isinstance(r, np.generic):
        r = np.asarray(r)
    if isinstance(r, np.ndarray):
        dt = str(r.dtype)
        flat = r.reshape(-1).tolist()
        if r.dtype.kind == 'f':
            flat = [enc_num(x) for x in flat]
        return {"array": {"dtype": dt, "shape": list(r.shape), "data": flat}}
    if isinstance(r, np.dtype):
        return {"dtype": str(r)}
    if isinstance(r, (tuple, list)):
        return [enc(x) for x in r]
    if isinstance(r, (int, float)):
        return r
    raise TypeError(type(r))

def resolve(fn):
    obj = np
    for p in fn.split('.'):
        obj = getattr(obj, p)
    return obj

def S(fn, *args, **kwargs):
    i = counts.get(fn, 0)
    counts[fn] = i + 1
    try:
        if fn.startswith('ndarray.'):
            a = dec(args[0])
            r = getattr(a, fn[8:])(*[dec(x) for x in args[1:]], **{k: dec(v) for k, v in kwargs.items()})
        else:
            r = resolve(fn)(*[dec(x) for x in args], **{k: (tuple(v) if k in ('axis', 'axes') and isinstance(v, list) and not (v and isinstance(v[0], list)) else dec(v)) for k, v in kwargs.items()})
        expect = enc(r)
    except Exception as e:
        expect = {"error": type(e).__name__}
    OUT.append({"id": "numpy-extra/%s/%04d" % (fn, i), "frontend": "numpy", "fn": fn,
                "args": list(args), "kwargs": kwargs, "expect": expect,
                "rtol": 1e-5, "atol": 1e-6, "source": "numpy " + np.__version__})

F32, F64, I32, I64, B, U8 = 'float32', 'float64', 'int32', 'int64', 'bool', 'uint8'
F16, I8, I16 = 'float16', 'int8', 'int16'

for fn in ['sin', 'tan', 'arcsinh', 'fabs', 'floor', 'trunc', 'fix', 'rad2deg', 'degrees',
           'radians', 'log10', 'log1p', 'isinf', 'isposinf', 'isneginf', 'real', 'imag',
           'conj', 'asinh', 'atan', 'isreal', 'iscomplex', 'spacing']:
    S(fn, A(F32, [2, 3]))
    S(fn, A(F64, [3]))
S('isinf', A(F32, [4], [1.0, float('inf'), -float('inf'), 0.0]))
for fn in ['arccosh', 'acosh']:
    S(fn, A(F32, [4], lo=1.0, hi=4.0))
for fn in ['sqrt', 'log', 'exp', 'cbrt', 'sin', 'exp2', 'deg2rad', 'sinc']:
    S(fn, A(I32, [4], [1, 2, 3, 4]))
S('cbrt', A(F64, [4], [-8.0, -1.0, 0.0, 27.0]))
for fn in ['bitwise_not', 'bitwise_invert']:
    S(fn, A(I32, [4]))
    S(fn, A(B, [3]))
for fn in ['subtract', 'divide', 'power', 'pow', 'remainder', 'not_equal', 'less', 'greater_equal',
           'logical_and', 'atan2', 'logaddexp2', 'fmin', 'fmax']:
    S(fn, A(F32, [2, 3]), A(F32, [3], lo=0.5, hi=2.0))
S('fmin', A(F32, [3], [1.0, float('nan'), 3.0]), A(F32, [3], [float('nan'), 2.0, 1.0]))
S('fmax', A(F64, [3], [1.0, float('nan'), float('nan')]), A(F64, [3], [float('nan'), 2.0, float('nan')]))
for fn in ['add', 'subtract', 'multiply', 'divide', 'power', 'floor_divide', 'mod', 'maximum']:
    S(fn, A(I32, [3], [1, 2, 3]), 2)
    S(fn, A(F32, [3]), 2.5)
    S(fn, A(I64, [3], [1, 2, 3]), A(F32, [3], [1.0, 2.0, 4.0]))
S('ldexp', A(F32, [3]), A(I32, [3], [1, 2, -1]))
S('divmod', A(I32, [4], [7, -7, 8, 9]), A(I32, [4], [2, 2, -3, 3]))
S('modf', A(F64, [4], [1.5, -2.25, 3.0, -0.5]))
S('bitwise_left_shift', A(I32, [3], [1, 2, 3]), A(I32, [3], [1, 2, 3]))
S('bitwise_right_shift', A(I32, [3], [8, -8, 3]), A(I32, [3], [1, 2, 1]))
S('fmod', A(I32, [4], [7, -7, 7, -7]), A(I32, [4], [3, 3, -3, -3]))
S('fmod', A(F32, [4], [7.5, -7.5, 7.5, -7.5]), A(F32, [4], [2.0, 2.0, -2.0, -2.0]))
S('gcd', A(I64, [4], [12, -18, 0, 7]), A(I64, [4], [8, 12, 5, 0]))
S('lcm', A(I64, [3], [4, -6, 0]), A(I64, [3], [6, 4, 3]))
S('heaviside', A(F64, [4], [-1.0, 0.0, 2.0, float('nan')]), 0.5)
S('float_power', A(I32, [3], [1, 2, 3]), 2)
S('clip', A(F32, [5]), None, None)
S('clip', A(F32, [5]), A(F32, [5]), 1.0)
S('round', A(F32, [4]), 1)
S('round', A(F64, [4], [0.5, 1.5, 2.5, -0.5]))
S('array_equiv', A(I32, [3], [1, 2, 3]), A(I32, [2, 3], [1, 2, 3, 1, 2, 3]))
S('array_equiv', A(I32, [3], [1, 2, 3]), A(I32, [2], [1, 2]))
S('nan_to_num', A(F32, [3], [float('nan'), float('inf'), -float('inf')]), neginf=-5.0)
S('where', A(I32, [4], [0, 1, 0, 2]), A(F32, [4]), 1.0)

# creation
S('zeros', [2, 3])
S('zeros', [2], dtype=D(I32))
S('empty', [0, 2])
S('full_like', A(F32, [2, 2]), 3)
S('full_like', A(I32, [3]), 2.7)
S('ones_like', A(F32, [2]), dtype=D(I64))
S('linspace', 0.0, 10.0, 5, retstep=True)
S('linspace', 0, 1, 3, dtype=D(F32))
S('geomspace', 1.0, 1000.0, 4)
S('arange', 2.0)
S('arange', 0, 5, 1, dtype=D(F32))
S('arange', 1, 2, 0)
S('eye', 3, 2, k=-1)
S('tri', 3, dtype=D(I32))
S('diagflat', A(F32, [2, 2]))
S('diagflat', A(F32, [2]), k=-1)
S('indices', [2, 3])
S('tril_indices', 3)
S('triu_indices', 3, 1, 4)
S('diag_indices', 3)
S('array', [[1, 2], [3, 4]])
S('array', [1.0, 2.0], dtype=D(F32))
S('asarray', A(I32, [3]), dtype=D(F64))
S('asanyarray', A(F32, [2]))
S('ascontiguousarray', A(F32, [2, 2]))
S('copy', A(F32, [2]))
S('meshgrid', A(F32, [2]), A(F32, [3]), A(F32, [2]))

# manipulation
S('expand_dims', A(F32, [2, 3]), 1)
S('expand_dims', A(F32, [2, 3]), axis=[0, 3])
S('squeeze', A(F32, [1, 2, 1]), axis=0)
S('squeeze', A(F32, [1, 2, 1]), axis=1)
S('fliplr', A(F32, [2, 3]))
S('fliplr', A(F32, [3]))
S('permute_dims', A(F32, [2, 3, 4]), [2, 0, 1])
S('matrix_transpose', A(F32, [2, 2, 3]))
S('rollaxis', A(F32, [2, 3, 4]), 2)
S('rollaxis', A(F32, [2, 3, 4]), 0, 2)
S('roll', A(F32, [2, 3]), 1, axis=[0, 1])
S('concat', [A(F32, [2]), A(F32, [3])])
S('concatenate', [A(F32, [2, 2]), A(F32, [2, 2])], axis=None)
S('stack', [A(I32, [2]), A(F32, [2])], axis=1)
S('row_stack', [A(F32, [2]), A(F32, [2])])
S('column_stack', [A(F32, [3]), A(F32, [3, 2])])
S('atleast_1d', A(F32, []))
S('atleast_3d', A(F32, [3]))
S('atleast_3d', A(F32, [2, 3]))
S('atleast_1d', A(F32, [2]), A(F32, []))
S('hsplit', A(F32, [2, 4]), 2)
S('vsplit', A(F32, [4, 2]), [1, 3])
S('dsplit', A(F32, [1, 2, 4]), 2)
S('array_split', A(F32, [5]), [1, 3, 10])
S('split', A(F32, [6]), [-2])
S('repeat', A(F32, [2, 2]), [1, 2], axis=0)
S('repeat', A(F32, [2, 2]), 2)
S('append', A(F32, [2, 2]), A(F32, [1, 2]), axis=0)
S('append', A(F32, [2]), A(I32, [3]))
S('trim_zeros', A(I32, [6], [0, 0, 1, 2, 0, 0]))
S('trim_zeros', A(I32, [4], [0, 1, 2, 0]), 'f')
S('astype', A(F32, [3]), D(I32))
S('diff', A(I32, [4], [1, 3, 6, 10]), prepend=0)
S('diff', A(F32, [2, 2]), axis=0, append=A(F32, [1, 2]))
S('pad', A(F32, [2, 2]), [[0, 1], [2, 0]], mode='constant', constant_values=1.5)
S('reshape', A(F32, [6]), shape=[3, 2])
S('broadcast_to', A(I32, []), [2, 2])
S('tile', A(F32, [2, 2]), 2)
S('rot90', A(F32, [2, 3]), 3)
S('flip', A(F32, [2, 2, 2]), axis=-1)

# reductions
for fn in ['amin', 'nanmax', 'nanmin', 'ptp', 'any', 'argmin', 'argmax', 'nanprod']:
    S(fn, A(F32, [2, 3]))
    S(fn, A(F32, [2, 3]), axis=1)
S('nanmax', A(F32, [2, 2], [1.0, float('nan'), float('nan'), float('nan')]), axis=1)
S('nanmin', A(F64, [3], [2.0, float('nan'), -1.0]))
S('nanprod', A(F32, [3], [2.0, float('nan'), 3.0]))
S('any', A(I32, [2, 2], [0, 0, 1, 0]), axis=0, keepdims=True)
S('argmax', A(I32, [2, 3]), axis=0, keepdims=True)
S('sum', A(I32, [3]), dtype=D(F32))
S('prod', A(I32, [3], [1, 2, 3]), dtype=D(F64))
S('mean', A(I32, [4], [1, 2, 3, 4]))
S('mean', A(F32, [2, 2]), dtype=D(F64))
S('var', A(I32, [4], [1, 2, 3, 4]))
S('std', A(F64, [2, 3]), axis=1, keepdims=True)
S('nanvar', A(F64, [4], [1.0, float('nan'), 3.0, 4.0]))
S('nanstd', A(F32, [2, 3], [1.0, 2.0, float('nan'), 4.0, 5.0, 6.0]), axis=1, ddof=1)
S('nancumsum', A(F32, [4], [1.0, float('nan'), 3.0, 4.0]))
S('nancumprod', A(F32, [4], [1.0, float('nan'), 3.0, 4.0]))
S('cumsum', A(F32, [2, 3]))
S('cumsum', A(I32, [3]), axis=0)
S('cumsum', A(B, [3]), axis=0)
S('cumprod', A(I32, [3], [1, 2, 3]))
S('cumprod', A(F32, [2, 2]), axis=1, dtype=D(F64))
S('cumulative_sum', A(I32, [3], [1, 2, 3]), include_initial=True)
S('median', A(I32, [4], [1, 5, 2, 8]))
S('median', A(F32, [2, 3]), axis=None)
S('quantile', A(F32, [5]), [0.1, 0.9])
S('quantile', A(F64, [5]), 0.5, method='lower')
S('percentile', A(F64, [6]), [25.0, 50.0])
S('average', A(I32, [3], [1, 2, 3]))
S('average', A(F64, [2, 2]), weights=A(F64, [2, 2], [1.0, 2.0, 3.0, 4.0]))
S('average', A(F64, [3]), weights=A(F64, [3], [1.0, 1.0, 2.0]), returned=True)
S('count_nonzero', A(B, [2, 2]), axis=0, keepdims=True)
S('trace', A(F32, [2, 3, 3]), axis1=1, axis2=2)
S('cov', A(F64, [2, 4]))
S('cov', A(F64, [4, 2]), rowvar=False)
S('cov', A(F64, [5]), bias=True)
S('cov', A(F64, [3]), A(F64, [3]))
S('corrcoef', A(F64, [3, 4]))
S('corrcoef', A(F64, [4]), A(F64, [4]))
S('histogram', A(F64, [10]), bins=3)
S('histogram', A(F64, [10]), bins=5, range=[-2.0, 2.0])
S('histogram', A(I32, [8], [1, 2, 2, 3, 3, 3, 4, 9]), bins=4)
S('histogram', A(F64, [6]), bins=2, density=True)
S('bincount', A(I64, [4], [0, 1, 1, 3]), weights=A(F64, [4], [0.5, 1.0, 1.0, 2.0]))
S('bincount', A(I32, [2], [-1, 2]))
S('digitize', A(F64, [5], [0.0, 1.0, 1.5, 2.0, 5.0]), A(F64, [3], [0.0, 1.0, 2.0]), right=True)
S('interp', 2.5, [1.0, 2.0, 3.0], [3.0, 2.0, 0.0])
S('interp', A(F64, [4], [-1.0, 0.0, 5.0, 2.0]), A(F64, [3], [0.0, 1.0, 2.0]), A(F64, [3], [1.0, 3.0, 2.0]), left=-1.0, right=9.0)
S('correlate', A(F32, [5]), A(F32, [3]), mode='same')
S('correlate', A(F32, [4]), A(F32, [4]), mode='same')
S('correlate', A(F32, [2]), A(F32, [4]))
S('correlate', A(F32, [2]), A(F32, [4]), mode='full')
S('correlate', A(F64, [3]), A(F64, [5]), mode='same')
S('convolve', A(F32, [3]), A(F32, [2]))
S('convolve', A(F64, [5]), A(F64, [3]), mode='same')
S('convolve', A(F64, [2]), A(F64, [4]), mode='valid')
S('trapezoid', A(F64, [5]))
S('trapezoid', A(F64, [4]), dx=0.5)
S('trapezoid', A(F64, [4]), x=A(F64, [4], [0.0, 1.0, 3.0, 6.0]))
S('trapezoid', A(F64, [2, 3]), axis=0)

# products
S('matmul', A(F32, [2, 3]), A(F32, [3, 2]))
S('matmul', A(F32, [2, 2, 3]), A(F32, [3]))
S('dot', A(F32, [3]), A(F32, [3]))
S('dot', A(F32, [2, 3]), A(F32, [3, 2]))
S('dot', A(F32, [2, 3]), 2.0)
S('dot', A(F64, [2, 3]), A(F64, [2, 3, 2]))
S('vdot', A(F32, [2, 2]), A(F32, [2, 2]))
S('inner', A(F32, [2, 2, 3]), A(F32, [3]))
S('outer', A(F32, [2, 2]), A(F32, [2]))
S('cross', A(F32, [3]), A(F32, [3]))
S('cross', A(F32, [2, 3]), A(F32, [2, 3]))
S('tensordot', A(F32, [2, 3, 4]), A(F32, [4, 3, 2]), axes=[[1, 2], [1, 0]])
S('tensordot', A(F32, [2, 3]), A(F32, [2, 3]))
S('einsum', 'ij,jk->ik', A(F32, [2, 3]), A(F32, [3, 2]))
S('einsum', 'ii', A(F32, [3, 3]))
S('vecdot', A(F32, [2, 3]), A(F32, [3]))
S('kron', A(F32, [2]), A(F32, [2, 2]))

# sorting, searching, sets
S('argsort', A(F32, [5]))
S('argsort', A(F32, [2, 3]), axis=0)
S('sort', A(F32, [2, 3]), axis=None)
S('searchsorted', A(F32, [4], [1.0, 2.0, 2.0, 3.0]), A(F32, [3], [2.0, 0.0, 5.0]), side='right')
S('searchsorted', A(F32, [3], [3.0, 1.0, 2.0]), 2.5, sorter=A(I64, [3], [1, 2, 0]))
S('flatnonzero', A(I32, [2, 3]))
S('argwhere', A(B, [3]))
S('extract', A(B, [2, 2], [True, False, True, True]), A(F32, [2, 2]))
S('compress', [True, False, True], A(F32, [3, 2]), axis=0)
S('unique', A(I32, [6], [3, 1, 2, 3, 1, 5]))
S('unique', A(I32, [6], [3, 1, 2, 3, 1, 5]), return_counts=True)
S('unique', A(F32, [2, 2], [2.0, 1.0, 2.0, 0.0]), return_index=True, return_inverse=True)
S('unique_values', A(I32, [4], [2, 2, 1, 0]))
S('isin', A(I32, [2, 2], [1, 2, 3, 4]), A(I32, [2], [2, 4]))
S('isin', A(I32, [3], [1, 2, 3]), [1], invert=True)
S('intersect1d', A(I32, [4], [1, 3, 4, 3]), A(I32, [3], [3, 1, 2]))
S('setdiff1d', A(I32, [5], [5, 1, 3, 1, 7]), A(I32, [2], [1, 7]))
S('union1d', A(I32, [3], [-1, 0, 1]), A(I32, [3], [-2, 0, 2]))
S('take', A(F32, [2, 3]), A(I64, [2], [0, 4]))
S('take', A(F32, [2, 3]), A(I64, [2], [2, 0]), axis=1)
S('take_along_axis', A(F32, [2, 3]), A(I64, [2, 1], [0, 2]), axis=1)
S('choose', A(I64, [3], [0, 1, 0]), [A(F32, [3]), A(F32, [3])])
S('unravel_index', A(I64, [3], [5, 0, 7]), [2, 4])
S('ravel_multi_index', [A(I64, [2], [1, 0]), A(I64, [2], [2, 3])], [2, 4])
S('promote_types', D('int8'), D('uint8'))
S('promote_types', D('float16'), D('int32'))
S('result_type', A(I32, [2]), A(F32, [2]))
S('result_type', A(F32, [2]), D(F64))
S('can_cast', D(F32), D(I32))
S('ndim', A(F32, [2, 3]))
S('size', A(F32, [2, 3]))
S('shape', A(F32, [2, 3]))

# linalg
SPD = A(F64, [3, 3], [4.0, 1.0, 0.5, 1.0, 3.0, 0.2, 0.5, 0.2, 2.0])
S('linalg.norm', A(F32, [2, 3]), axis=0)
S('linalg.norm', A(F64, [3]), ord=3)
S('linalg.norm', A(F64, [3, 3]), ord=1)
S('linalg.norm', A(F64, [2, 2, 2]))
S('linalg.norm', A(F64, [2, 3]), keepdims=True)
S('linalg.norm', A(F64, [2, 2, 3]), axis=[1, 2])
S('linalg.norm', A(I32, [3], [3, 4, 0]))
S('linalg.det', SPD)
S('linalg.slogdet', SPD)
S('linalg.solve', SPD, A(F64, [3]))
S('linalg.pinv', A(F64, [3, 2]))
S('linalg.cholesky', SPD)
S('linalg.eigvalsh', SPD)
S('linalg.svd', SPD, compute_uv=False)
S('linalg.svdvals', SPD)
S('linalg.multi_dot', [A(F64, [2, 3]), A(F64, [3, 3]), A(F64, [3, 2])])
S('linalg.matmul', A(F64, [2, 3]), A(F64, [3, 2]))
S('linalg.outer', A(F64, [2]), A(F64, [3]))
S('linalg.cross', A(F64, [3]), A(F64, [3]))
S('linalg.diagonal', A(F64, [3, 3]), offset=1)
S('linalg.trace', A(F64, [3, 3]))
S('linalg.trace', A(I32, [2, 2]))
S('linalg.matrix_transpose', A(F64, [2, 3]))
S('linalg.vector_norm', A(F64, [2, 3]), axis=1)
S('linalg.vector_norm', A(F64, [4]), ord=1)
S('linalg.matrix_norm', A(F64, [3, 3]))
S('linalg.matrix_norm', A(F64, [3, 3]), ord='nuc')
S('linalg.vecdot', A(F64, [2, 3]), A(F64, [2, 3]))
S('linalg.tensordot', A(F64, [2, 3]), A(F64, [3, 2]), axes=1)
S('linalg.matrix_power', A(F64, [2, 2]), -1)
S('linalg.matrix_power', A(I64, [2, 2], [1, 1, 0, 1]), 3)
S('linalg.matrix_rank', A(F64, [2, 2], [1.0, 2.0, 2.0, 4.0]))
S('linalg.inv', A(I32, [2, 2], [2, 0, 0, 4]))

# ndarray methods
S('ndarray.astype', A(F32, [3]), D(I32))
S('ndarray.ravel', A(F32, [2, 2]))
S('ndarray.transpose', A(F32, [2, 3, 4]))
S('ndarray.transpose', A(F32, [2, 3, 4]), 1, 0, 2)
S('ndarray.transpose', A(F32, [2, 3, 4]), [2, 1, 0])
S('ndarray.prod', A(F32, [2, 3]), axis=1)
S('ndarray.max', A(F32, [2, 3]))
S('ndarray.min', A(F32, [2, 3]), axis=0, keepdims=True)
S('ndarray.all', A(B, [2, 2]), axis=1)
S('ndarray.any', A(B, [2, 2]))
S('ndarray.argmin', A(F32, [2, 3]))
S('ndarray.var', A(F32, [2, 3]), axis=0)
S('ndarray.cumprod', A(I32, [3], [1, 2, 3]))
S('ndarray.dot', A(F32, [2, 3]), A(F32, [3]))
S('ndarray.swapaxes', A(F32, [2, 3]), 0, 1)
S('ndarray.copy', A(I32, [3]))
S('ndarray.repeat', A(I32, [2]), 2)
S('ndarray.nonzero', A(I32, [4], [0, 1, 0, 1]))
S('ndarray.argsort', A(F32, [4]))
S('ndarray.take', A(F32, [4]), A(I64, [2], [3, 1]))
S('ndarray.trace', A(F32, [3, 3]))
S('ndarray.diagonal', A(F32, [3, 3]), 1)
S('ndarray.item', A(F32, [1, 1], [2.5]))
S('ndarray.sum', A(I32, [2, 2]), keepdims=True)
S('ndarray.mean', A(I32, [2, 2]))
S('ndarray.flatten', A(F32, [2, 2]), 'F')

# less common functions
S('nanargmax', A(F32, [2, 2], [1.0, float('nan'), 3.0, 2.0]), axis=1)
S('nanargmin', A(F64, [3], [float('nan'), 2.0, -1.0]))
S('nanargmax', A(F64, [2], [float('nan'), float('nan')]))
S('delete', A(F32, [5]), 1)
S('delete', A(F32, [3, 2]), [0, -1], axis=0)
S('insert', A(F32, [3]), 1, 9.0)
S('insert', A(I32, [2, 2]), 1, 5, axis=1)
S('ediff1d', A(F32, [4]), to_end=[1.0], to_begin=0.0)
S('vander', A(F64, [3]))
S('vander', A(I64, [3], [1, 2, 3]), 4, increasing=True)
S('polyval', A(F64, [3], [1.0, 2.0, 3.0]), A(F64, [2], [0.5, 2.0]))
S('polyval', A(I64, [2], [2, 1]), 3)
S('polymul', A(F64, [2]), A(F64, [3]))
S('polyadd', A(F64, [2]), A(F64, [3]))
S('polyder', A(F64, [4]))
S('polyder', A(F64, [4]), 2)
S('resize', A(F32, [3]), [2, 4])
S('cumulative_prod', A(I32, [3], [1, 2, 3]), include_initial=True)
S('cumulative_prod', A(F32, [2, 2]), axis=1)
S('angle', A(F64, [3], [-1.0, 0.0, 2.0]))
S('angle', A(F64, [2], [-1.0, 2.0]), deg=True)
S('histogram_bin_edges', A(F64, [6]), bins=3)
S('unstack', A(F32, [2, 3]), axis=1)
S('matvec', A(F32, [2, 3]), A(F32, [3]))
S('vecmat', A(F32, [3]), A(F32, [3, 2]))
S('ndarray.conj', A(F32, [2]))
S('ndarray.searchsorted', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [2], [2.5, 0.0]))
S('ndarray.compress', A(F32, [3]), [True, False, True])
S('delete', A(F32, [3]), 5)

# edge cases of common functions
S('clip', A(I32, [4], [0, 1, 2, 3]), 0.5, 2.5)
S('clip', A(I32, [4], [0, 1, 2, 3]), A(I32, [4], [1, 1, 1, 1]), A(I32, [4], [2, 2, 2, 2]))
S('linspace', 0.0, 1.0, 0)
S('full', [2], A(F32, []))
S('around', A(F32, [3], [1234.5, -15.0, 25.0]), -1)
S('around', A(F16, [3], [0.125, 1.5, 2.5]), 1)
S('std', A(I32, [4], [1, 2, 3, 4]))
S('cumsum', A(B, [2, 2]), axis=1)
S('cumsum', A(F16, [3]))
S('count_nonzero', A(F32, [0]))
S('take', A(F32, [4]), A(I64, [2], [-1, -4]))
S('sort', A(F32, [5], [3.0, float('nan'), 1.0, float('-inf'), 2.0]))
S('argsort', A(F32, [4], [3.0, float('nan'), 1.0, 2.0]))
S('unique', A(F32, [5], [2.0, float('nan'), 1.0, 2.0, 1.0]))
S('searchsorted', A(I32, [4], [1, 3, 5, 7]), A(F32, [3], [2.5, 7.0, 0.0]))
S('diff', A(B, [4], [True, False, False, True]))
S('diff', A(U8, [3], [1, 5, 2]))
S('mean', A(F16, [4]))
S('maximum', A(F32, [3], [1.0, float('nan'), 3.0]), 2.0)
S('minimum', A(I32, [3]), A(I64, [3]))
S('add', A(U8, [3], [250, 1, 2]), A(I8, [3], [10, -1, 2]))
S('add', A(U8, [3], [250, 1, 2]), 10)
S('multiply', A(B, [3]), A(B, [3]))
S('floor_divide', A(I32, [4], [7, -7, 7, -7]), A(I32, [4], [2, 2, -2, -2]))
S('mod', A(F32, [4], [7.5, -7.5, 7.5, -7.5]), A(F32, [4], [2.0, 2.0, -2.0, -2.0]))
S('power', A(I32, [3], [2, 3, 4]), 2)
S('power', A(I32, [3], [2, 3, 4]), 0.5)
S('sign', A(I32, [3], [-2, 0, 5]))
S('abs', A(I8, [2], [-128, 5]))
S('sqrt', A(I8, [3], [1, 4, 9]))
S('sqrt', A(I16, [3], [1, 4, 9]))
S('square', A(B, [2]))
S('negative', A(B, [2]))
S('reciprocal', A(I32, [3], [1, 2, -1]))
S('true_divide', A(I32, [3], [1, 2, 3]), 0)
S('log', A(F32, [3], [0.0, -1.0, 1.0]))
S('arange', 0.0, 1.0, 0.1)
S('arange', -3, 3, 2, dtype=D(F32))
S('eye', 2, 3, dtype=D(B))
S('zeros_like', A(F32, [2]), dtype=D(I32))
S('transpose', A(F32, [2, 3, 4]), [0, 0, 1])
S('stack', [A(F32, [2]), A(F32, [2])], axis=2)
S('squeeze', A(F32, [1, 1]))
S('max', A(F32, [2, 3]), axis=[])
S('sum', A(F32, [0, 3]), axis=0)
S('prod', A(I64, [0]))
S('argmax', A(F32, [3], [1.0, float('nan'), 3.0]))
S('median', A(F32, [4], [1.0, float('nan'), 3.0, 2.0]))
S('nanmean', A(F32, [2], [float('nan'), float('nan')]))
S('average', A(F32, [2, 3]), axis=1, weights=A(F32, [2]))
S('split', A(F32, [3, 2]), 3, axis=0)
S('tile', A(F32, [2, 2]), [])
S('roll', A(F32, [0]), 1)
S('broadcast_arrays', A(F32, [2]), A(F32, [3]))
S('where', A(B, [2]), 1, 2.5)
S('isclose', A(F32, [2], [1.0, float('nan')]), A(F32, [2], [1.0000001, float('nan')]))
S('nonzero', A(F32, [2, 2], [0.0, -0.0, float('nan'), 1.0]))
S('linalg.norm', A(F32, [0]))
S('linalg.norm', A(F64, [3, 3]), ord=2)
S('linalg.norm', A(F64, [3, 3]), ord=-1)
S('trace', A(B, [2, 2]))
S('outer', A(I32, [2]), A(F32, [2]))
S('dot', A(I32, [2]), A(I32, [2]))
S('ndarray.reshape', A(F32, [6]), -1)
S('ndarray.sum', A(B, [3]))
S('ndarray.round', A(I32, [3], [15, 25, 35]), -1)

# errors
S('split', A(F32, [6]), 4)
S('reshape', A(F32, [6]), [4, -1])
S('concatenate', [A(F32, [2, 2]), A(F32, [3])])
S('linalg.inv', A(F64, [2, 3]))
S('squeeze', A(F32, [2, 3]), axis=0)
S('moveaxis', A(F32, [2, 3]), 0, 2)
S('expand_dims', A(F32, [2]), 3)
S('swapaxes', A(F32, [2, 3]), 0, 5)
S('gcd', A(F32, [2]), A(F32, [2]))
S('eye', -1)
S('argmax', A(F32, [0]))
S('min', A(F32, [0]))
S('diagonal', A(F32, [3]))
S('tensordot', A(F32, [2, 3]), A(F32, [2, 3]), axes=1)
S('matmul', A(F32, [2, 3]), A(F32, [2, 3]))
S('clip', A(F32, [3]))
S('where', A(B, [3]), A(F32, [3]))


# windows, bits, sets, polynomials (issue 13's breadth)
for fn in ['bartlett', 'blackman', 'hamming', 'hanning']:
    S(fn, 5)
    S(fn, 1)
S('kaiser', 6, 5.0)
S('i0', A(F32, [3], [0.0, 1.0, -2.5]))
S('i0', A(I32, [2], [1, 3]))
S('bitwise_count', A(I32, [4], [-1, 7, -8, 0]))
S('frexp', A(F32, [5], [0.0, 8.0, -0.3, float('inf'), 1.0]))
S('frexp', A(F64, [3], [3.0, -1e-3, 1024.0]))
S('setxor1d', A(I32, [5], [1, 2, 3, 2, 4]), A(I32, [5], [2, 3, 5, 7, 5]))
S('unique_counts', A(I32, [6], [3, 1, 2, 1, 3, 3]))
S('unique_inverse', A(I32, [2, 2], [3, 1, 1, 2]))
S('unique_all', A(F32, [4], [2.0, 1.0, 2.0, 0.5]))
S('lexsort', [A(I32, [4], [1, 5, 1, 4]), A(I32, [4], [2, 1, 2, 1])])
S('polyint', A(F64, [3], [1.0, 2.0, 3.0]))
S('polyint', A(I32, [3], [1, 2, 3]), 2, [1.0, 2.0])
S('polysub', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [2], [4.0, 5.0]))
S('tril_indices_from', A(F32, [3, 4]))
S('triu_indices_from', A(F32, [3, 3]), 1)
S('diag_indices_from', A(F32, [3, 3]))
S('iscomplexobj', A(F32, [2]))
S('isrealobj', A(I32, [2]))

with open(sys.argv[1], 'w') as f:
    for c in OUT:
        f.write(json.dumps(c, separators=(',', ':')) + "\n")
print(len(OUT), "cases,", len(counts), "functions")
