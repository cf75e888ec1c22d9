/**
 * The PyTorch frontend: {@link dev.ivy.frontend.torch.TorchFrontend} ({@code torch.*}, {@code
 * torch.nn.functional}, {@code torch.linalg}), the {@link dev.ivy.frontend.torch.Tensor} class and
 * {@link dev.ivy.frontend.torch.TorchFunctions}, which registers every function by its PyTorch name
 * in the {@code torch} namespace, and torch-style modules ({@code TorchFrontend.nn.Module}, {@code
 * nn.Linear}...) that {@code Ivy.toIvyModule} converts ({@link
 * dev.ivy.frontend.torch.TorchModuleConverter}). Everything is composed of core functions.
 */
package dev.ivy.frontend.torch;
