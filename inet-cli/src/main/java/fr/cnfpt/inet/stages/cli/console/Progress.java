package fr.cnfpt.inet.stages.cli.console;

import fr.cnfpt.inet.stages.importer.run.ReadingProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while a large file is read, measured in bytes read. Shown only
 * when standard error is a terminal, for files of more than {@value #MIN_BYTES} bytes (a few
 * seconds' work), and not with {@code --no-progress}; otherwise silent.
 */
public final class Progress implements ReadingProgress.FileProgress {

    static final long MIN_BYTES = 32L * 1024 * 1024;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    public static Progress start(String name, long size, boolean wanted) {
        if (!wanted || size < MIN_BYTES || !standardErrorIsATerminal()) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MiB", 1024 * 1024).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                .build();
        return new Progress(bar);
    }

    /**
     * Tells whether standard error, where the bar is drawn, is a terminal, whatever standard output
     * is ({@code inet validate big.csv > summary.txt} still shows the bar). Java cannot ask that of
     * standard error: on Linux its file descriptor's link names the terminal ({@code /dev/pts/N});
     * elsewhere, the JVM's console (standard input and output both terminals) stands for it.
     */
    static boolean standardErrorIsATerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: ask the JVM
        }
        return System.console() != null;
    }

    @Override
    public InputStream track(InputStream in) {
        if (bar == null) {
            return in;
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bar.stepTo(++read);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    bar.stepTo(read);
                }
                return n;
            }
        };
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
