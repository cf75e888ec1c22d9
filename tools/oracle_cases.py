# The case format of the reference files (conformance/oracle/FORMAT.md) for the generators in tools/:
# arrays built from a seeded random.Random, values decoded for NumPy and results encoded back.
import math
import numpy as np


def enc_num(x):
    x = float(x)
    if math.isnan(x): return "nan"
    if math.isinf(x): return "inf" if x > 0 else "-inf"
    return x


def array(rng, dtype, shape, data=None, lo=-3.0, hi=3.0):
    """An array value; data drawn from rng when not given (ints in [-5, 5], uints in [0, 10])."""
    n = int(np.prod(shape)) if shape else 1
    if data is None:
        if dtype == 'bool':
            data = [rng.random() < 0.5 for _ in range(n)]
        elif dtype.startswith('int') or dtype.startswith('uint'):
            a, b = (0, 10) if dtype.startswith('uint') else (-5, 5)
            data = [rng.randint(a, b) for _ in range(n)]
        else:
            data = [round(rng.uniform(lo, hi), 2) for _ in range(n)]
    if not (dtype == 'bool' or dtype.startswith('int') or dtype.startswith('uint')):
        data = [enc_num(x) for x in data]
    return {"array": {"dtype": dtype, "shape": list(shape), "data": data}}


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
        flat = r.reshape(-1).tolist()
        if r.dtype.kind == 'f':
            flat = [enc_num(x) for x in flat]
        return {"array": {"dtype": str(r.dtype), "shape": list(r.shape), "data": flat}}
    if isinstance(r, np.dtype):
        return {"dtype": str(r)}
    if isinstance(r, (tuple, list)):
        return [enc(x) for x in r]
    if isinstance(r, (int, float)):
        return r
    raise TypeError(type(r))
