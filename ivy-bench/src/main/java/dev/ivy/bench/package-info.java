/** JMH benchmarks: Ivy calls against each backend's own calls ({@code bin/bench}). */
package dev.ivy.bench;
