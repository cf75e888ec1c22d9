# Generates ivy-testkit/src/test/resources/dev/ivy/testkit/torch-breadth.jsonl: reference cases for
# torch frontend functions that conformance/oracle/torch.jsonl does not hold, computed with the
# installed NumPy as PyTorch's documentation defines each function (periodic windows are the
# symmetric window of N + 1 points without its last point; float32 is torch's default dtype).
# ConformanceSuiteTest runs them with the shared cases on every backend.
# Run (from tools/): python3 gen_torch_breadth.py ../ ivy-testkit/src/test/resources/dev/ivy/testkit/torch-breadth.jsonl
import json, sys
import numpy as np
from gen_jax_breadth import A, F32
from oracle_cases import dec, enc

OUT = []
counts = {}


def case(fn, impl, *args, **kwargs):
    i = counts.get(fn, 0)
    counts[fn] = i + 1
    r = impl(*[dec(x) for x in args], **{k: dec(v) for k, v in kwargs.items()})
    OUT.append({"id": "torch-breadth/%s/%04d" % (fn, i), "frontend": "torch", "fn": fn,
                "args": list(args), "kwargs": kwargs, "expect": enc(r), "rtol": 1e-4, "atol": 1e-5,
                "source": "numpy " + np.__version__ + " transcription of torch." + fn + " as documented"})


def window(sym):
    def w(n, periodic=True, *params):
        if n == 1:
            return np.ones(1, dtype=np.float32)
        full = sym(n + 1 if periodic else n, *params)
        return (full[:-1] if periodic else full).astype(np.float32)
    return w

hamming = lambda m, alpha=0.54, beta=0.46: alpha - beta * np.cos(2 * np.pi * np.arange(m) / (m - 1))
for fn, sym in [('hann_window', np.hanning), ('bartlett_window', np.bartlett), ('blackman_window', np.blackman)]:
    case(fn, window(sym), 6)
    case(fn, window(sym), 5, False)
    case(fn, window(sym), 1)
case('hamming_window', window(hamming), 6)
case('hamming_window', window(hamming), 5, False, 0.5, 0.5)
case('kaiser_window', window(lambda m, beta=12.0: np.kaiser(m, beta)), 6)
case('kaiser_window', window(lambda m, beta=12.0: np.kaiser(m, beta)), 5, False, 5.0)
case('frexp', lambda x: list(np.frexp(x)), A(F32, [4], [0.0, 8.0, -0.3, 1.0]))
case('linalg.vander', lambda x, N=None: np.vander(x, N, increasing=True).astype(x.dtype), A(F32, [3], [1.0, 2.0, 3.0]))
case('linalg.vander', lambda x, N=None: np.vander(x, N, increasing=True).astype(x.dtype), A('int64', [2], [2, 3]), N=4)
M = A(F32, [2, 2], [4.0, 1.0, 2.0, 3.0])
case('linalg.cond', lambda a, p=None: np.asarray(np.linalg.cond(a.astype(np.float64), p), dtype=np.float32), M)
case('linalg.cond', lambda a, p=None: np.asarray(np.linalg.cond(a.astype(np.float64), p), dtype=np.float32), M, 'fro')
case('linalg.solve', lambda a, b, left=True: (np.linalg.solve(a, b) if left else np.linalg.solve(a.T, b.T).T).astype(np.float32), M, A(F32, [3, 2], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), left=False)


def tri_solve(a, b, upper, left=True, unitriangular=False):
    t = np.triu(a) if upper else np.tril(a)
    if unitriangular:
        np.fill_diagonal(t, 1.0)
    t = t.astype(np.float64); b64 = b.astype(np.float64)
    return (np.linalg.solve(t, b64) if left else np.linalg.solve(t.T, b64.T).T).astype(np.float32)

case('linalg.solve_triangular', tri_solve, M, A(F32, [2, 3], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), upper=True)
case('linalg.solve_triangular', tri_solve, M, A(F32, [3, 2], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]), upper=False, left=False, unitriangular=True)
case('linalg.inv_ex', lambda a: [np.linalg.inv(a).astype(np.float32), np.zeros([], dtype=np.int32)], M)
S = A(F32, [2, 2], [4.0, 2.0, 2.0, 3.0])
case('linalg.cholesky_ex', lambda a, upper=False: [np.linalg.cholesky(a).T.astype(np.float32) if upper else np.linalg.cholesky(a).astype(np.float32), np.zeros([], dtype=np.int32)], S, upper=True)

with open(sys.argv[1], 'w') as f:
    for c in OUT:
        f.write(json.dumps(c, separators=(',', ':')) + "\n")
print(len(OUT), "cases,", len(counts), "functions")
