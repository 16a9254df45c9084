package dev.trusty.engine;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link EngineTest}s when an engine answers, or always under CI (where a missing engine must fail). */
final class EngineAvailable implements ExecutionCondition {
    private static volatile ConditionEvaluationResult cached;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: engine tests must run");
        }
        ConditionEvaluationResult result = cached;
        if (result == null) {
            try (Engine engine = DockerEngine.connect(null)) {
                engine.ping();
                result = ConditionEvaluationResult.enabled("engine answers at " + engine.host().display());
            } catch (InputException e) {
                result = ConditionEvaluationResult.disabled("no Docker engine (set CI=true to fail instead): "
                        + e.getMessage());
            }
            cached = result;
        }
        return result;
    }
}
