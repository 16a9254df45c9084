package dev.trusty.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks tests that talk to a real Docker engine (tag {@code engine}). Outside CI they are skipped when no
 * engine answers; with {@code CI=true} they always run, so a missing engine fails the build instead of
 * passing it silently. The engine is found like Trusty finds it: {@code DOCKER_HOST}, else the default socket.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("engine")
@ExtendWith(EngineAvailable.class)
public @interface EngineTest {
}
