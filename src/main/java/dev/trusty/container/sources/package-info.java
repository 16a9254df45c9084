/**
 * Readers that turn each kind of input into {@link dev.trusty.container.ContainerSpec}s: compose
 * files ({@link dev.trusty.container.sources.ComposeSource}), {@code docker run} command lines and
 * scripts ({@link dev.trusty.container.sources.DockerRunSource}), Kubernetes manifests
 * ({@link dev.trusty.container.sources.KubernetesSource}) and Engine inspect JSON
 * ({@link dev.trusty.container.sources.InspectMapper}). YAML goes through
 * {@link dev.trusty.container.sources.Yml}, which keeps a line and column for every node.
 */
package dev.trusty.container.sources;
