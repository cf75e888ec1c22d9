/**
 * The PyTorch frontend: {@link dev.ivy.frontend.torch.TorchFrontend} ({@code torch.*}, {@code
 * torch.nn.functional}, {@code torch.linalg}, {@code torch.special}), the {@link
 * dev.ivy.frontend.torch.Tensor} class (its methods generated from the {@code @Fn(method = true)}
 * declarations), every function also registered by its PyTorch name in the {@code torch} namespace,
 * and torch-style modules ({@code TorchFrontend.nn.Module}, {@code nn.Linear}...) that {@code
 * Ivy.toIvyModule} converts ({@link dev.ivy.frontend.torch.TorchModuleConverter}). Everything is
 * composed of core functions.
 */
package dev.ivy.frontend.torch;
