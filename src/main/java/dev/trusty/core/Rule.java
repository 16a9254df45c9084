package dev.trusty.core;

/**
 * One check over a model {@code M} (a parsed Dockerfile, a container spec, host facts...).
 * Rules are pure: they read the model and report into the sink, so they may run in parallel.
 */
public interface Rule<M> {

    RuleInfo info();

    void check(M model, FindingSink out);
}
