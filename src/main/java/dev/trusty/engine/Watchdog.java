package dev.trusty.engine;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has not finished in time. Reads on a unix-domain channel have no timeout of
 * their own, and a wedged dockerd (a known failure: {@code docker ps} hanging) must not hang Trusty.
 */
final class Watchdog implements AutoCloseable {
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trusty-engine-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    private final ScheduledFuture<?> alarm;
    private volatile Closeable watched;
    private volatile boolean fired;

    private Watchdog(Duration limit) {
        alarm = Timer.INSTANCE.schedule(this::fire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Watchdog start(Duration limit) {
        return new Watchdog(limit);
    }

    /** The connection to close when time runs out. */
    void watch(Closeable connection) {
        watched = connection;
        if (fired) {
            fire();
        }
    }

    boolean fired() {
        return fired;
    }

    private void fire() {
        fired = true;
        Closeable c = watched;
        if (c != null) {
            try {
                c.close(); // unblocks the reading thread with an AsynchronousCloseException
            } catch (IOException e) {
                // closing is all we can do
            }
        }
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }
}
