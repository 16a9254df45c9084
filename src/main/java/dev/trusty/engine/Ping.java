package dev.trusty.engine;

/**
 * The engine's answer to {@code GET /_ping}.
 *
 * @param engineApiVersion the newest API the engine speaks ({@code Api-Version} header)
 * @param osType           {@code linux} or {@code windows}; may be null
 * @param experimental     {@code Docker-Experimental} header
 * @param server           {@code Server} header, e.g. {@code Docker/20.10.24+dfsg1 (linux)}; may be null
 */
public record Ping(ApiVersion engineApiVersion, String osType, boolean experimental, String server) {
}
