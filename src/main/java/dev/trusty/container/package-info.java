/**
 * The container configuration audit. {@link dev.trusty.container.ContainerSpec} is the one model
 * every source fills (compose, {@code docker run} lines, Kubernetes manifests, Engine inspect
 * data), each value with the place it was set; {@link dev.trusty.container.ContainerAudit} detects
 * file kinds, loads specs and runs {@link dev.trusty.container.rules.ContainerRules#ALL} over them;
 * {@link dev.trusty.container.ContainerSummary} renders the per-container table.
 */
package dev.trusty.container;
