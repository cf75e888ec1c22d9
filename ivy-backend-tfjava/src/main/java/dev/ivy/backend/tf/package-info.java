/**
 * The TensorFlow Java backend ({@code "tf"}, alias {@code "tensorflow"}): Ivy's primitives as eager
 * TensorFlow 2.18 operations on the CPU, run through TensorFlow Java's bindings of the C API.
 *
 * <p>Each array's payload is one {@code TFE_TensorHandle}, deleted when the array is freed, so
 * native memory follows Ivy's scopes exactly. Loading the backend quiets TensorFlow's C++ start-up
 * logging (unless {@code TF_CPP_MIN_LOG_LEVEL} is set by the user). Where TensorFlow lacks a kernel
 * for a dtype, the backend declares it and core computes in a wider dtype.
 */
package dev.ivy.backend.tf;
