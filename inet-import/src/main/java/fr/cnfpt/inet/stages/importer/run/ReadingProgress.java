package fr.cnfpt.inet.stages.importer.run;

import java.io.IOException;
import java.io.InputStream;

/**
 * A hook told when an {@link ImportRun} starts and ends reading each file, which may watch the bytes
 * read (the {@code inet} command draws its terminal progress bar so). The run closes what
 * {@link #start} returns when the file is read.
 */
@FunctionalInterface
public interface ReadingProgress {

    /**
     * Returns a hook that watches nothing.
     *
     * @return the hook, not null
     */
    static ReadingProgress none() {
        return file -> in -> in;
    }

    /**
     * Starts watching a file.
     *
     * @param file  the file the run starts reading, not null
     * @return what watches it, closed when the file is read, not null
     * @throws IOException if the file cannot be looked at (its size read); the run then stops with
     *     an {@link UnusableFileException}
     */
    FileProgress start(ImportFile file) throws IOException;

    /** Watches the reading of one file. */
    @FunctionalInterface
    interface FileProgress extends AutoCloseable {

        /**
         * Wraps a stream of the file's content, each time the importer opens it.
         *
         * @param in  the content, not null
         * @return a stream giving the same bytes, not null
         */
        InputStream track(InputStream in);

        /** Ends the watch; by default does nothing. */
        @Override
        default void close() {
        }
    }
}
