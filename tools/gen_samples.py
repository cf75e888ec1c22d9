# Generates ivy-testkit/src/main/resources/dev/ivy/testkit/samples/ivy.jsonl (sample calls for the
# coverage report and the cross-backend property test). Run: python3 tools/gen_samples.py OUT.jsonl
import json, random, math, sys
R = random.Random(20261125)
OUT = []
counts = {}

def A(dtype, shape, data=None, lo=-3.0, hi=3.0):
    n = 1
    for s in shape: n *= s
    if data is None:
        if dtype == 'bool':
            data = [R.random() < 0.5 for _ in range(n)]
        elif dtype.startswith('int') or dtype.startswith('uint'):
            a, b = (0, 10) if dtype.startswith('uint') else (-5, 5)
            data = [R.randint(a, b) for _ in range(n)]
        else:
            data = [round(R.uniform(lo, hi), 2) for _ in range(n)]
    assert len(data) == n, (shape, len(data))
    return {"array": {"dtype": dtype, "shape": list(shape), "data": data}}

def D(name):
    return {"dtype": name}

def S(fn, *args, fixed=False, **kwargs):
    i = counts.get(fn, 0)
    counts[fn] = i + 1
    c = {"id": "sample/%s/%04d" % (fn, i), "frontend": "ivy", "fn": fn,
         "args": list(args), "kwargs": kwargs}
    if fixed:
        c["fixed_inputs"] = True
    OUT.append(c)

F32, F64, I32, I64, B = 'float32', 'float64', 'int32', 'int64', 'bool'

# ---- elementwise unary, whole real line
for fn in ['atan', 'sin', 'tan', 'erf', 'sigmoid', 'relu', 'relu6', 'selu', 'silu', 'mish',
           'hard_sigmoid', 'hard_swish', 'hardswish']:
    S(fn, A(F32, [2, 3]))
    S(fn, A(F64, []))
    S(fn, A(F32, [0, 3]))
for fn in ['floor', 'trunc']:
    S(fn, A(F32, [2, 3]))
    S(fn, A(F64, []))
    S(fn, A(I32, [4]))
S('atanh', A(F32, [5], [-0.9, -0.5, 0.0, 0.25, 0.75]), fixed=True)
S('atanh', A(F64, [2, 2], [0.1, -0.3, 0.6, 0.99]), fixed=True)
S('atanh', A(F32, [0]), fixed=True)
S('log10', A(F32, [2, 3], lo=0.01, hi=3.0), fixed=True)
S('log10', A(F64, [], [100.0]), fixed=True)
S('log10', A(I32, [4], [1, 10, 5, 1000]), fixed=True)
S('log1p', A(F32, [2, 3], lo=-0.9, hi=3.0), fixed=True)
S('log1p', A(F64, [4], [-0.5, 0.0, 1e-10, 2.0]), fixed=True)
S('log1p', A(F32, [0, 2]), fixed=True)
S('bitwise_invert', A(I32, [2, 3]))
S('bitwise_invert', A(I64, []))
S('bitwise_invert', A(B, [4]))
S('isinf', A(F32, [5], [1.0, "inf", "-inf", "nan", -2.5]), fixed=True)
S('isinf', A(F64, [2, 2]))
S('isinf', A(I32, [3]))
S('nan_to_num', A(F32, [5], [1.0, "inf", "-inf", "nan", -2.5]), fixed=True)
S('nan_to_num', A(F64, [4], ["nan", "inf", "-inf", 0.5]), fixed=True, nan=-1.0, posinf=9.0, neginf=-9.0)
S('nan_to_num', A(I32, [3]))

S('elu', A(F32, [2, 3]))
S('elu', A(F64, [4]), alpha=0.5)
S('elu', A(F32, []))
S('gelu', A(F32, [2, 3]))
S('gelu', A(F64, [4]), approximate=True)
S('gelu', A(F32, [0]))
S('leaky_relu', A(F32, [2, 3]))
S('leaky_relu', A(F64, [4]), alpha=0.01)
S('softplus', A(F32, [2, 3]))
S('softplus', A(F64, [5], [-30.0, -1.0, 0.0, 5.0, 25.0]), beta=2.0, threshold=10.0)
S('softmax', A(F32, [2, 3]))
S('softmax', A(F64, [2, 3, 2]), axis=1)
S('softmax', A(F32, [0, 3]))
S('log_softmax', A(F32, [2, 3]))
S('log_softmax', A(F64, [3, 2]), axis=0)
S('log_softmax', A(F32, [4]))

# ---- binary
for fn in ['atan2', 'subtract', 'divide']:
    S(fn, A(F32, [2, 3]), A(F32, [3]))
    S(fn, A(F64, []), A(F64, [2]))
S('atan2', A(I32, [3]), A(I32, [3]))
S('subtract', A(I64, [2, 2]), A(I32, [2]))
S('divide', A(I32, [4], [1, -7, 6, 0]), A(I32, [4], [2, 2, -4, 3]), fixed=True)
S('remainder', A(F32, [2, 3]), A(F32, [3], [1.5, -2.0, 0.75]), fixed=False)
S('remainder', A(I32, [6], [7, -7, 7, -7, 0, 5]), A(I32, [6], [3, 3, -3, -3, 2, 5]), fixed=True)
S('remainder', A(F64, [4], [5.5, -5.5, 0.0, 3.0]), A(F64, [4], [2.0, 2.0, -1.5, -1.0]), fixed=True)
for fn in ['greater_equal', 'less', 'not_equal']:
    S(fn, A(F32, [2, 3]), A(F32, [3]))
    S(fn, A(I32, [4]), A(I64, []))
    S(fn, A(B, [3]), A(B, [3]))
S('logical_and', A(B, [2, 3]), A(B, [3]))
S('logical_and', A(F32, [4]), A(I32, [4]))
S('logical_and', A(B, []), A(B, [0]))
S('isclose', A(F32, [5], [1.0, 1.00001, "nan", "inf", 2.0]), A(F32, [5], [1.0, 1.0, "nan", "inf", 2.1]), fixed=True)
S('isclose', A(F64, [3], [1.0, "nan", 0.0]), A(F64, [3], [1.05, "nan", 1e-9]), fixed=True, rtol=0.1, atol=1e-8, equal_nan=True)
S('isclose', A(I32, [2, 2]), A(I32, [2]))
S('allclose', A(F32, [3], [1.0, 2.0, 3.0]), A(F32, [3], [1.0, 2.000001, 3.0]), fixed=True)
S('allclose', A(F64, [2], [1.0, "nan"]), A(F64, [2], [1.0, "nan"]), fixed=True, equal_nan=True)
S('allclose', A(F32, [2, 2]), A(F32, [2, 2]))

# ---- reductions / scans
S('any', A(B, [2, 3]))
S('any', A(I32, [2, 3]), axis=1, keepdims=True)
S('any', A(F32, [0, 3]), axis=0)
S('argmax', A(F32, [2, 3]))
S('argmax', A(I32, [3, 4]), axis=1, keepdims=True)
S('argmax', A(F64, [4, 2]), axis=0)
S('argmin', A(F32, [2, 3]))
S('argmin', A(I64, [3, 4]), axis=0)
S('argmin', A(F64, [4]), axis=-1, keepdims=True)
S('argsort', A(F32, [2, 4]))
S('argsort', A(I32, [6]), descending=True)
S('argsort', A(F64, [3, 2]), axis=0)
S('logsumexp', A(F32, [2, 3]))
S('logsumexp', A(F64, [2, 3]), axis=1, keepdims=True)
S('logsumexp', A(F32, [3], [-1000.0, -1000.0, -999.0]), fixed=True)
S('nansum', A(F32, [5], [1.0, "nan", 2.5, "nan", -1.0]), fixed=True)
S('nansum', A(F64, [2, 3]), axis=0, keepdims=True)
S('nansum', A(I32, [2, 3]), axis=1)
S('nanmean', A(F32, [5], [1.0, "nan", 2.5, "nan", -1.0]), fixed=True)
S('nanmean', A(F64, [2, 3], ["nan", 1.0, 2.0, "nan", "nan", 3.0]), fixed=True, axis=1)
S('nanmean', A(F32, [2, 3]), axis=0, keepdims=True)
S('median', A(F32, [5]))
S('median', A(F64, [2, 4]), axis=1)
S('median', A(I32, [3, 3]), axis=0, keepdims=True)
S('quantile', A(F32, [6]), 0.25)
S('quantile', A(F64, [2, 5]), A(F64, [3], [0.0, 0.5, 0.9]), fixed=True, axis=1)
S('quantile', A(F32, [4, 2]), 0.5, axis=0, keepdims=True, interpolation='nearest')
S('cummax', A(F32, [6]))
S('cummax', A(I32, [2, 4]), axis=1, reverse=True)
S('cummax', A(F64, [3, 2]), axis=0, exclusive=True)
S('cummin', A(F32, [6]))
S('cummin', A(I64, [2, 4]), axis=1, exclusive=True)
S('cummin', A(F64, [3, 2]), axis=0, reverse=True)
S('linalg.vector_norm', A(F32, [2, 3]))
S('linalg.vector_norm', A(F64, [2, 3]), axis=1, keepdims=True, ord=3)
S('linalg.vector_norm', A(F32, [4]), ord="inf")

# ---- creation / conversion / dtype info
S('asarray', [[1.5, 2.0], [3.0, -1.0]])
S('asarray', [1, 2, 3], dtype=D(I64))
S('asarray', A(I32, [2, 2]), dtype=D(F32))
S('astype', A(F32, [2, 3]), D(I32))
S('astype', A(I32, [4]), D(F64))
S('astype', A(F64, [3]), D(B))
S('empty', [2, 3])
S('empty', [0], dtype=D(I32))
S('empty', [], dtype=D(F64))
S('empty_like', A(F32, [2, 3]))
S('empty_like', A(I32, [4]), dtype=D(F64))
S('zeros', [2, 3])
S('zeros', [0, 2], dtype=D(I64))
S('zeros', [], dtype=D(B))
S('full_like', A(F32, [2, 3]), 2.5)
S('full_like', A(I32, [4]), 7)
S('full_like', A(F64, []), True, dtype=D(B))
S('finfo', D(F32))
S('finfo', 'float64')
S('iinfo', D(I32))
S('iinfo', 'int64')

# ---- manipulation
S('expand_dims', A(F32, [2, 3]))
S('expand_dims', A(I32, [2, 3]), axis=-1)
S('expand_dims', A(F64, []), axis=0)
S('squeeze', A(F32, [1, 3, 1]))
S('squeeze', A(I32, [2, 1]), axis=1)
S('squeeze', A(B, [1]), axis=0)
S('swapaxes', A(F32, [2, 3, 4]), 0, 2)
S('swapaxes', A(I32, [2, 3]), -1, 0)
S('split', A(F32, [6, 2]), 3)
S('split', A(I32, [2, 5]), [1, 4], axis=1)
S('split', A(F64, [7]), 3, with_remainder=True)
S('diag', A(F32, [3]))
S('diag', A(I32, [3, 4]), k=1)
S('diag', A(F64, [2]), k=-1)
S('kron', A(F32, [2, 2]), A(F32, [2, 3]))
S('kron', A(I32, [3]), A(I32, [2]))
S('pad', A(F32, [2, 3]), [[1, 0], [2, 1]], constant_values=9.5)
S('pad', A(I32, [4]), 2, mode='reflect')
S('pad', A(F64, [2, 3]), [1, 2], mode='wrap')
S('take', A(F32, [2, 3]), A(I64, [3], [0, 5, 2]), fixed=True)
S('take', A(I32, [3, 4]), A(I32, [2], [2, 0]), fixed=True, axis=0)
S('take', A(F64, [2, 3]), A(I64, [2, 2], [0, 2, 1, 1]), fixed=True, axis=1)
S('take_along_axis', A(F32, [2, 3]), A(I64, [2, 2], [0, 2, 1, 1]), fixed=True, axis=1)
S('take_along_axis', A(I32, [3, 2]), A(I64, [1, 2], [2, 0]), fixed=True, axis=0)
S('gather', A(F32, [2, 4]), A(I64, [3], [3, 0, 1]), fixed=True)
S('gather', A(I32, [3, 2]), A(I32, [2, 2], [0, 2, 1, 1]), fixed=True, axis=0)
S('gather', A(F64, [2, 3]), A(I64, [2, 2], [0, 2, 1, 0]), fixed=True, axis=1, batch_dims=1)
S('gather_nd', A(F32, [2, 3]), A(I64, [2, 2], [0, 1, 1, 2]), fixed=True)
S('gather_nd', A(I32, [2, 2, 2]), A(I64, [2, 1], [1, 0]), fixed=True)
S('gather_nd', A(F64, [2, 3]), A(I64, [2, 1], [2, 0]), fixed=True, batch_dims=1)
S('top_k', A(F32, [2, 5]), 2)
S('top_k', A(I32, [6]), 3, largest=False)
S('top_k', A(F64, [4, 3]), 2, axis=0)

# ---- linalg
S('matmul', A(F32, [2, 3]), A(F32, [3, 4]))
S('matmul', A(F64, [2, 2, 3]), A(F64, [3]))
S('matmul', A(I32, [3]), A(I32, [3]))
S('linalg.matmul', A(F32, [2, 3]), A(F32, [3, 2]))
S('linalg.matmul', A(I64, [1, 2, 3]), A(I64, [4, 3, 2]))
S('linalg.matrix_transpose', A(F32, [2, 3]))
S('linalg.matrix_transpose', A(I32, [2, 2, 3]))
S('linalg.vecdot', A(F32, [2, 3]), A(F32, [3]))
S('linalg.vecdot', A(F64, [3, 2]), A(F64, [3, 2]), axis=0)
S('linalg.vecdot', A(I32, [4]), A(I32, [4]))
S('linalg.det', A(F32, [3, 3]))
S('linalg.det', A(F64, [2, 2, 2]))
S('linalg.det', A(F64, [2, 3, 3], [1.0] * 9 + [2.0, 0.5, 1.0, -1.0, 3.0, 0.0, 0.5, 1.0, 2.0]), fixed=True)
spd3 = [4.0, 1.0, 0.5, 1.0, 3.0, -0.25, 0.5, -0.25, 2.0]
S('linalg.eigh', A(F64, [3, 3], spd3), fixed=True)
S('linalg.eigh', A(F32, [2, 2, 2], [2.0, -1.0, -1.0, 3.0, 1.0, 0.5, 0.5, -2.0]), fixed=True)
S('linalg.eigvalsh', A(F64, [3, 3], spd3), fixed=True)
S('linalg.eigvalsh', A(F32, [2, 2], [1.0, 2.0, 2.0, -1.0]), fixed=True)
S('linalg.pinv', A(F32, [3, 2], [1.0, 2.0, 3.0, 4.0, 5.0, 6.5]), fixed=True)
S('linalg.pinv', A(F64, [2, 3], [1.0, 0.0, 2.0, -1.0, 3.0, 1.0]), fixed=True, rtol=1e-3)
S('linalg.qr', A(F64, [3, 3], [2.0, -1.0, 0.5, 1.0, 3.0, -2.0, 0.0, 1.0, 4.0]), fixed=True)
S('linalg.qr', A(F32, [4, 2], [1.0, 2.0, 3.0, -1.0, 0.5, 2.0, -2.0, 1.0]), fixed=True)
S('linalg.qr', A(F64, [3, 2], [1.0, 2.0, 3.0, -1.0, 0.5, 2.0]), fixed=True, mode='complete')
S('linalg.solve', A(F64, [3, 3], spd3), A(F64, [3], [1.0, -2.0, 0.5]), fixed=True)
S('linalg.solve', A(F32, [2, 2], [3.0, 1.0, -1.0, 2.0]), A(F32, [2, 3], [1.0, 0.0, 2.0, -1.0, 4.0, 0.5]), fixed=True)
S('linalg.svd', A(F64, [3, 2], [3.0, 1.0, 1.0, 2.0, 0.5, -1.0]), fixed=True)
S('linalg.svd', A(F32, [2, 3], [2.0, 0.0, 1.0, -1.0, 3.0, 0.5]), fixed=True, full_matrices=False)

# ---- random (seeded, fixed)
S('seed', seed_value=42, fixed=True)
S('random_uniform', shape=[2, 3], seed=7, fixed=True)
S('random_uniform', low=-1.0, high=A(F64, [3], [0.0, 1.0, 5.0]), dtype=D(F64), seed=11, fixed=True)
S('random_normal', shape=[4], seed=3, fixed=True)
S('random_normal', mean=A(F32, [2, 2], [0.0, 1.0, -1.0, 10.0]), std=0.5, seed=5, fixed=True)
S('randint', 0, 10, shape=[2, 3], seed=1, fixed=True)
S('randint', -5, 5, shape=[4], dtype=D(I64), seed=2, fixed=True)
S('bernoulli', A(F32, [2, 3], [0.0, 0.2, 0.5, 0.7, 1.0, 0.9]), seed=9, fixed=True)
S('bernoulli', None, logits=A(F64, [4], [-2.0, 0.0, 1.0, 3.0]), seed=4, fixed=True)
S('shuffle', A(F32, [5], [1.0, 2.0, 3.0, 4.0, 5.0]), seed=13, fixed=True)
S('shuffle', A(I32, [3, 2], [1, 2, 3, 4, 5, 6]), axis=0, seed=14, fixed=True)
S('multinomial', 5, 3, seed=21, fixed=True)
S('multinomial', 4, 6, batch_size=2, probs=A(F32, [2, 4], [0.1, 0.2, 0.3, 0.4, 0.7, 0.1, 0.1, 0.1]), seed=22, fixed=True)
S('multinomial', 4, 3, probs=A(F64, [1, 4], [0.25, 0.25, 0.25, 0.25]), replace=False, seed=23, fixed=True)
S('dropout', A(F32, [2, 4], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]), 0.5, seed=31, fixed=True)
S('dropout', A(F64, [6], [1.0, -1.0, 2.0, -2.0, 3.0, -3.0]), 0.25, scale=False, seed=32, fixed=True)
S('dropout', A(F32, [3], [1.0, 2.0, 3.0]), 0.5, training=False, seed=33, fixed=True)

# ---- nn layers
S('linear', A(F32, [2, 3]), A(F32, [4, 3]), A(F32, [4]))
S('linear', A(F64, [3]), A(F64, [2, 3]))
S('embedding', A(F32, [4, 3]), A(I64, [2, 2], [0, 3, 1, 1]), fixed=True)
S('embedding', A(F64, [3, 2], [3.0, 4.0, 0.3, 0.4, 1.0, 0.0]), A(I32, [3], [0, 1, 2]), fixed=True, max_norm=1.0)
S('scaled_dot_product_attention', A(F32, [2, 3, 4]), A(F32, [2, 5, 4]), A(F32, [2, 5, 2]))
S('scaled_dot_product_attention', A(F64, [1, 3, 2]), A(F64, [1, 3, 2]), A(F64, [1, 3, 2]), is_causal=True)
S('scaled_dot_product_attention', A(F32, [2, 2]), A(F32, [3, 2]), A(F32, [3, 2]), scale=0.5,
  mask=A(B, [2, 3], [True, False, True, True, True, False]), fixed=True)
E = 4
S('multi_head_attention', A(F32, [2, 3, E]), num_heads=2,
  in_proj_weights=A(F32, [3 * E, E], lo=-0.5, hi=0.5), in_proj_bias=A(F32, [3 * E]),
  out_proj_weights=A(F32, [E, E], lo=-0.5, hi=0.5), out_proj_bias=A(F32, [E]))
S('multi_head_attention', A(F64, [2, 3, E]), A(F64, [2, 5, E]), A(F64, [2, 5, E]), num_heads=1,
  return_attention_weights=True)
S('multi_head_attention', A(F32, [3, 1, E]), batch_first=False, num_heads=2, is_causal=True,
  q_proj_weights=A(F32, [E, E]), k_proj_weights=A(F32, [E, E]), v_proj_weights=A(F32, [E, E]))
S('layer_norm', A(F32, [2, 3]), [-1])
S('layer_norm', A(F64, [2, 3, 2]), [1, 2], scale=A(F64, [3, 2]), offset=A(F64, [3, 2]), eps=1e-3)
S('layer_norm', A(F32, [4, 2]), [1], new_std=2.0)
S('batch_norm', A(F32, [4, 3]), A(F32, [3]), A(F32, [3], [0.5, 1.0, 2.0]), fixed=True)
S('batch_norm', A(F64, [2, 3, 2]), A(F64, [3], [0.0, 1.0, -1.0]), A(F64, [3], [1.0, 0.5, 2.0]),
  fixed=True, training=True, data_format='NCS', scale=A(F64, [3], [1.0, 2.0, 0.5]), offset=A(F64, [3], [0.0, 0.1, -0.1]))
S('group_norm', A(F32, [2, 3, 4]), num_groups=2)
S('group_norm', A(F64, [2, 4, 3]), num_groups=2, data_format='NCS', scale=A(F64, [4]), offset=A(F64, [4]))
S('instance_norm', A(F32, [2, 3, 2]))
S('instance_norm', A(F64, [2, 2, 3]), data_format='NCS', scale=A(F64, [2]), offset=A(F64, [2]))

# ---- losses
for fn in ['mse_loss', 'l1_loss', 'smooth_l1_loss', 'huber_loss']:
    S(fn, A(F32, [2, 3]), A(F32, [2, 3]))
    S(fn, A(F64, [4]), A(F64, [4]), reduction='sum', **({'beta': 0.5} if fn == 'smooth_l1_loss' else {'delta': 2.0} if fn == 'huber_loss' else {}))
    S(fn, A(F32, [3]), A(F32, [3]), reduction='none')
S('binary_cross_entropy', A(F32, [4], [0.1, 0.5, 0.9, 0.99]), A(F32, [4], [0.0, 1.0, 1.0, 0.5]), fixed=True)
S('binary_cross_entropy', A(F64, [2, 2], [0.2, 0.7, 0.0, 1.0]), A(F64, [2, 2], [0.0, 1.0, 0.0, 1.0]),
  fixed=True, weight=A(F64, [2], [1.0, 2.0]), reduction='none')
S('binary_cross_entropy_with_logits', A(F32, [2, 3]), A(F32, [2, 3], [0.0, 1.0, 1.0, 0.0, 0.5, 1.0]), fixed=True)
S('binary_cross_entropy_with_logits', A(F64, [4], [-50.0, -1.0, 2.0, 60.0]), A(F64, [4], [1.0, 0.0, 1.0, 0.0]),
  fixed=True, pos_weight=A(F64, [4], [2.0, 1.0, 0.5, 3.0]), reduction='sum')
S('cross_entropy', A(F32, [3, 4]), A(I64, [3], [0, 3, 1]), fixed=True)
S('cross_entropy', A(F64, [2, 3, 2]), A(I64, [2, 2], [0, 2, -100, 1]), fixed=True,
  weight=A(F64, [3], [1.0, 2.0, 0.5]), label_smoothing=0.1)
S('cross_entropy', A(F32, [2, 3], [1.0, 2.0, 0.5, -1.0, 0.0, 3.0]), A(F32, [2, 3], [0.2, 0.3, 0.5, 1.0, 0.0, 0.0]),
  fixed=True, reduction='sum')
S('nll_loss', A(F32, [3, 4]), A(I64, [3], [1, 0, 3]), fixed=True)
S('nll_loss', A(F64, [4, 3]), A(I64, [4], [2, -100, 0, 1]), fixed=True, weight=A(F64, [3], [0.5, 1.0, 2.0]), reduction='none')
S('kl_div', A(F32, [2, 3], [-1.0, -2.0, -0.5, -0.1, -3.0, -1.2]), A(F32, [2, 3], [0.2, 0.3, 0.5, 0.0, 0.6, 0.4]), fixed=True)
S('kl_div', A(F64, [4], [-1.0, -2.0, -0.5, -0.1]), A(F64, [4], [-1.5, -0.2, -3.0, -1.0]), fixed=True,
  log_target=True, reduction='sum')

# ---- convolution
S('conv1d', A(F32, [2, 5, 3]), A(F32, [3, 3, 2]), 1, 'VALID')
S('conv1d', A(F64, [1, 2, 7]), A(F64, [3, 2, 4]), 2, 'SAME', data_format='NCW', dilations=1,
  bias=A(F64, [4]))
S('conv1d', A(F32, [1, 6, 4]), A(F32, [2, 2, 4]), 1, [[1, 2]], feature_group_count=2, dilations=2)
S('conv2d', A(F32, [1, 5, 5, 2]), A(F32, [3, 3, 2, 3]), 1, 'SAME')
S('conv2d', A(F64, [2, 2, 4, 5]), A(F64, [2, 3, 2, 2]), [2, 1], 'VALID', data_format='NCHW', bias=A(F64, [2]))
S('conv2d', A(F32, [1, 4, 4, 1]), A(F32, [2, 2, 1, 1]), 1, [[1, 0], [0, 1]], x_dilations=2)
S('conv3d', A(F32, [1, 3, 4, 4, 2]), A(F32, [2, 2, 2, 2, 3]), 1, 'VALID')
S('conv3d', A(F64, [1, 2, 3, 3, 3]), A(F64, [2, 2, 2, 2, 2]), 2, 'SAME', data_format='NCDHW')
S('conv1d_transpose', A(F32, [1, 4, 2]), A(F32, [3, 3, 2]), 2, 'SAME')
S('conv1d_transpose', A(F64, [2, 3, 2]), A(F64, [2, 1, 2]), 1, 'VALID', bias=A(F64, [1]))
S('conv2d_transpose', A(F32, [1, 3, 3, 2]), A(F32, [3, 3, 4, 2]), 2, 'VALID')
S('conv2d_transpose', A(F64, [1, 2, 2, 1]), A(F64, [2, 2, 1, 1]), [2, 2], 'SAME', output_shape=[4, 4])
S('conv3d_transpose', A(F32, [1, 2, 2, 2, 1]), A(F32, [2, 2, 2, 2, 1]), 1, 'VALID')
S('conv3d_transpose', A(F64, [1, 2, 2, 2, 2]), A(F64, [1, 2, 2, 1, 2]), 2, 'SAME')
S('conv_general_dilated', A(F32, [1, 5, 5, 2]), A(F32, [3, 3, 2, 2]), 1, 'SAME')
S('conv_general_dilated', A(F64, [2, 2, 6]), A(F64, [2, 2, 3]), 1, 'VALID', dims=1, data_format='channel_first',
  filter_format='channel_first', dilations=2)
S('conv_general_transpose', A(F32, [1, 3, 3, 2]), A(F32, [2, 2, 3, 2]), 2, 'VALID')
S('conv_general_transpose', A(F64, [1, 4, 2]), A(F64, [3, 2, 2]), 1, 'SAME', dims=1)
S('depthwise_conv2d', A(F32, [1, 4, 4, 3]), A(F32, [2, 2, 3]), 1, 'VALID')
S('depthwise_conv2d', A(F64, [2, 5, 5, 2]), A(F64, [3, 3, 2]), 2, 'SAME', dilations=1)
S('depthwise_conv2d', A(F32, [1, 2, 4, 4]), A(F32, [3, 3, 2]), 1, 'SAME', data_format='NCHW')

# ---- pooling
S('max_pool1d', A(F32, [2, 6, 3]), 2, 2, 'VALID')
S('max_pool1d', A(F64, [1, 2, 7]), 3, 2, 'SAME', data_format='NCW')
S('max_pool1d', A(I32, [1, 5, 1]), 2, 1, 'VALID')
S('max_pool2d', A(F32, [1, 4, 4, 2]), 2, 2, 'VALID')
S('max_pool2d', A(F64, [1, 5, 5, 1]), [3, 3], [2, 2], 'SAME', dilation=1)
S('max_pool2d', A(F32, [1, 2, 5, 5]), 2, 2, 'VALID', data_format='NCHW', ceil_mode=True)
S('max_pool3d', A(F32, [1, 4, 4, 4, 1]), 2, 2, 'VALID')
S('max_pool3d', A(F64, [1, 3, 3, 3, 2]), 2, 1, 'SAME')
S('avg_pool1d', A(F32, [2, 6, 3]), 2, 2, 'VALID')
S('avg_pool1d', A(F64, [1, 7, 2]), 3, 2, 'SAME', count_include_pad=True)
S('avg_pool1d', A(F32, [1, 2, 5]), 2, 2, 'VALID', data_format='NCW', ceil_mode=True)
S('avg_pool2d', A(F32, [1, 4, 4, 2]), 2, 2, 'VALID')
S('avg_pool2d', A(F64, [1, 5, 5, 1]), 3, 2, 'SAME', divisor_override=2)
S('avg_pool2d', A(F32, [1, 5, 5, 1]), 2, 2, [[1, 1], [1, 1]], count_include_pad=True)
S('avg_pool3d', A(F32, [1, 4, 4, 4, 1]), 2, 2, 'VALID')
S('avg_pool3d', A(F64, [1, 3, 3, 3, 2]), 2, 1, 'SAME')
S('adaptive_avg_pool1d', A(F32, [2, 3, 7]), 3)
S('adaptive_avg_pool1d', A(F64, [3, 5]), 5)
S('adaptive_avg_pool2d', A(F32, [1, 2, 5, 7]), [2, 3])
S('adaptive_avg_pool2d', A(F64, [2, 4, 4]), [None, 2])
S('adaptive_max_pool1d', A(F32, [2, 3, 7]), 3)
S('adaptive_max_pool1d', A(F64, [3, 5]), 2)
S('adaptive_max_pool2d', A(F32, [1, 2, 5, 7]), [2, 3])
S('adaptive_max_pool2d', A(F64, [2, 4, 4]), 2)
S('interpolate', A(F32, [1, 2, 4]), size=[7], align_corners=True)
S('interpolate', A(F64, [1, 1, 3, 3]), scale_factor=2.0, mode='nearest')
S('interpolate', A(F32, [1, 2, 6, 4]), size=[3, 2], mode='area')

# complex parts of real arrays, tensordot alias, einsum, indexing, scatter
S('real', A(F32, [2, 3]))
S('imag', A(F64, [4]))
S('conj', A(I32, [3]))
S('linalg.tensordot', A(F32, [2, 3]), A(F32, [3, 4]), axes=1)
S('einsum', 'ij,jk->ik', A(F32, [2, 3]), A(F32, [3, 2]))
S('einsum', 'ii->i', A(F64, [3, 3]))
S('einsum', '...j,j', A(F32, [2, 2, 3]), A(F32, [3]))
S('get_item', A(F32, [3, 4]), [1, '::-1'])
S('get_item', A(I64, [2, 3, 4]), ['...', [0, 2]], fixed=True)
S('set_item', A(F32, [3, 4]), ['1:', 0], 5.0)
S('set_item', A(I32, [5]), [[0, 3, 0]], [7, 8, 9], fixed=True)
S('scatter_nd', A(I64, [3, 1], [0, 2, 0]), A(F32, [3]), fixed=True, shape=[4])
S('scatter_nd', A(I64, [2, 2], [0, 1, 1, 0]), A(F64, [2]), fixed=True, shape=[2, 2], reduction='replace')
S('scatter_flat', A(I64, [3], [1, 1, 3]), A(F32, [3]), fixed=True, size=5)
S('scatter_nd_add', A(F32, [3, 2]), A(I64, [2, 1], [2, 0]), A(F32, [2, 2]), fixed=True)
S('scatter_nd_update', A(I32, [4]), A(I64, [2, 1], [3, 1]), A(I32, [2], [7, 9]), fixed=True)
S('index_add', A(F32, [3, 2]), 0, A(I64, [2], [0, 2]), A(F32, [2, 2]), fixed=True)

S('isdtype', D('int32'), 'signed integer')
S('isdtype', D('float16'), ['integral', 'real floating'])

with open(sys.argv[1], 'w') as f:
    for c in OUT:
        f.write(json.dumps(c, separators=(',', ':')) + '\n')
print(len(OUT), 'samples for', len(counts), 'functions', file=sys.stderr)
