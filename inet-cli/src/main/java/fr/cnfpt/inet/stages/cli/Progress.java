package fr.cnfpt.inet.stages.cli;

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
 * on a terminal, for files of more than {@value #MIN_BYTES} bytes (a few seconds' work), and not
 * with {@code --no-progress}; otherwise silent.
 */
final class Progress implements AutoCloseable {

    static final long MIN_BYTES = 32L * 1024 * 1024;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String name, long size, boolean wanted) {
        if (!wanted || size < MIN_BYTES || System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(size)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MiB", 1024 * 1024).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                .build();
        return new Progress(bar);
    }

    InputStream track(InputStream in) {
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
