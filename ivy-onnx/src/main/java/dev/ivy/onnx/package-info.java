/**
 * ONNX import: {@link dev.ivy.onnx.OnnxModel} reads an ONNX file (with classes generated from the
 * official {@code onnx.proto}), runs it with core functions on any backend and traces it into an
 * Ivy graph or a trainable module ({@link dev.ivy.onnx.OnnxModel#toModule()}); {@link
 * dev.ivy.onnx.OnnxOps} is the registry of supported operators. {@link dev.ivy.onnx.OnnxExport}
 * writes a traced graph back out as an ONNX model.
 */
package dev.ivy.onnx;
