package lv.socialais.deploy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a process the launcher started: asked first, ended if it does not stop in time. */
final class ChildProcess {

    private ChildProcess() {}

    /** SIGTERM, then SIGKILL after the grace time; returns once it is gone (or 10 s more have passed). */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
