/**
 * The backend SPI: a {@link dev.ivy.backend.BackendProvider} found with {@link
 * java.util.ServiceLoader} creates a {@link dev.ivy.backend.Backend} whose {@link
 * dev.ivy.backend.KernelTable} implements the primitives.
 */
package dev.ivy.backend;
