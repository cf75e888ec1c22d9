"""Runs conformance/oracle/gen_realmodels.py and, beside each NAME.onnx it exports, saves the same
model traced to TorchScript (NAME.pt): the libtorch anchor of RealModelBenchmark. Same seeds, same
weights: the export call is wrapped, so the traced module is the very one exported to ONNX.

    python3 tools/trace_realmodels.py GEN_REALMODELS_PY OUT_DIR [NAME...]
"""
import importlib.util
import sys

import torch

gen_path, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
spec = importlib.util.spec_from_file_location("gen_realmodels", gen_path)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
onnx_export = torch.onnx.export


def export_and_trace(model, args, path, **kwargs):
    onnx_export(model, args, path, **kwargs)
    with torch.no_grad():
        torch.jit.trace(model, args).save(path[: -len(".onnx")] + ".pt")


torch.onnx.export = export_and_trace
gen.main(out, "public", names)
