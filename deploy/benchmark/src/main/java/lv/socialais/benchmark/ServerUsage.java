package lv.socialais.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's share of the machine, read from /proc: the CPU time of the launcher and every
 * process it started (MariaDB, Payara Micro) and their resident memory. Linux only; without a
 * process id it reports nothing.
 */
final class ServerUsage {

    /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long root;

    ServerUsage(long root) {
        this.root = root;
    }

    record Sample(long nanos, double cpuSeconds, long residentKb) {}

    Sample sample() {
        List<Long> pids = Stream.concat(
                        Stream.of(root),
                        ProcessHandle.of(root).stream()
                                .flatMap(ProcessHandle::descendants)
                                .map(ProcessHandle::pid))
                .toList();
        double cpu = 0;
        long rss = 0;
        for (long pid : pids) {
            cpu += cpuSeconds(pid);
            rss += residentKb(pid);
        }
        return new Sample(System.nanoTime(), cpu, rss);
    }

    /** Cores busy on average between two samples (2.0 = both cores of this machine). */
    static double cores(Sample from, Sample to) {
        return (to.cpuSeconds() - from.cpuSeconds()) / ((to.nanos() - from.nanos()) / 1e9);
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // After the command's name in parentheses: field 14 utime and 15 stime, counted from 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long residentKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
