package lv.socialais.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes Payara Micro's output through to ours and watches it for a failed deployment. Micro
 * goes on running, and even reports itself ready, when a war fails to deploy; the launcher then
 * stops the start at once with the failure's root cause (which names the setting, e.g.
 * "WSS_TRUSTSTORE is not set"), instead of waiting for a page that will never answer.
 */
final class DeploymentWatch implements Runnable {

    /** What Payara writes when an application did not deploy. */
    private static final Pattern FAILED = Pattern.compile(
            "Exception while loading the app|Exception while deploying the app|Deployment of \\S+ failed|failed to deploy");
    /** An exception line: "java.lang.IllegalStateException: message" or "Caused by: ...". */
    private static final Pattern EXCEPTION =
            Pattern.compile("(?:Caused by: )?((?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)): (.+)");

    /** The thread named in the first line of a log record: "[tid: _ThreadID=1 _ThreadName=main]". */
    private static final Pattern THREAD = Pattern.compile("_ThreadName=([^\\]]+)\\]");

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final int REMEMBERED_LINES = 400;

    private final InputStream output;
    private final PrintStream copy;
    private final Deque<Line> recent = new ArrayDeque<>();
    private String thread = "";
    private final AtomicReference<String> failure = new AtomicReference<>();

    DeploymentWatch(InputStream output, PrintStream copy) {
        this.output = output;
        this.copy = copy;
    }

    static DeploymentWatch start(InputStream output) {
        DeploymentWatch watch = new DeploymentWatch(output, System.out);
        Thread thread = new Thread(watch, "payara-output");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    @Override
    public void run() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                copy.println(line);
                read(ANSI.matcher(line).replaceAll(""));
            }
        } catch (IOException e) {
            // The process ended: nothing more to pass on.
        }
    }

    void read(String line) {
        Matcher header = THREAD.matcher(line);
        if (header.find()) {
            thread = header.group(1);
        }
        if (FAILED.matcher(line).find() && failure.get() == null) {
            failure.set(rootCause(thread).orElse("see the server log above"));
        }
        recent.addLast(new Line(thread, line));
        if (recent.size() > REMEMBERED_LINES) {
            recent.removeFirst();
        }
    }

    /** The cause of the failed deployment, if one was seen. */
    Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    /**
     * The innermost exception of the last stack trace the deploying thread wrote: its message is
     * the one that says what is wrong, the outer ones only wrap it ("ContainerBase.addChild:
     * start: ..."). Other threads' traces are passed over: a timer of the half-deployed
     * application may fail meanwhile, and its cause is not the deployment's.
     */
    private Optional<String> rootCause(String deploying) {
        String cause = null;
        for (Line recorded : recent) {
            if (!recorded.thread().equals(deploying)) {
                continue;
            }
            String line = recorded.text();
            Matcher exception = EXCEPTION.matcher(line.strip());
            if (exception.matches()) {
                String message = exception.group(2).strip();
                if (cause == null || line.strip().startsWith("Caused by:") || !message.contains("Exception")) {
                    cause = message;
                }
            }
        }
        return Optional.ofNullable(cause);
    }

    /** A line of the output and the thread whose log record it belongs to. */
    private record Line(String thread, String text) {}
}
