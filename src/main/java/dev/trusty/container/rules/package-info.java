/**
 * Container rules, one small class each, ids TC001 onwards, listed in
 * {@link dev.trusty.container.rules.ContainerRules#ALL}. Rules read only the model: where a
 * source's defaults differ (Kubernetes runs containers without seccomp unless told otherwise), the
 * source writes the effective value into the spec; a rule about a missing setting asks
 * {@link dev.trusty.container.ContainerSpec#settable} instead of testing which source it was.
 */
package dev.trusty.container.rules;
