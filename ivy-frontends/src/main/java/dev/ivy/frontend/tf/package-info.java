/**
 * The TensorFlow frontend ({@link dev.ivy.frontend.tf.TfFrontend}): {@code tf.*}, {@code tf.math},
 * {@code tf.nn}, {@code tf.linalg} and more, with TensorFlow's names, defaults and strict dtype
 * rules, composed of core functions and registered under the namespace {@code tensorflow}; and
 * Keras-style layers ({@code TfFrontend.keras.layers.Dense}...) that {@code Ivy.toIvyModule}
 * converts ({@link dev.ivy.frontend.tf.KerasModuleConverter}).
 */
package dev.ivy.frontend.tf;
