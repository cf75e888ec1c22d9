/**
 * The single dispatch point ({@link dev.ivy.dispatch.Dispatcher#bind}) and the interpreters it
 * hands primitive calls to.
 */
package dev.ivy.dispatch;
