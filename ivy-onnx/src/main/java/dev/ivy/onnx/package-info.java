/**
 * ONNX import: {@link dev.ivy.onnx.OnnxModel} reads an ONNX file (with classes generated from the
 * official {@code onnx.proto}), runs it with core functions on any backend and traces it into an
 * Ivy graph; {@link dev.ivy.onnx.OnnxOps} is the registry of supported operators.
 */
package dev.ivy.onnx;
