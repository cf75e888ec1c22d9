/** Variable trees, modules and layers: what a trainable model is made of. */
package dev.ivy.nn;
