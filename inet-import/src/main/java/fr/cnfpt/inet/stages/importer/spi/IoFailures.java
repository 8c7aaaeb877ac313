package fr.cnfpt.inet.stages.importer.spi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in a few words what an input or output failure was: the operating system's reason ("No
 * space left on device", "permission denied") rather than the bare path that Java's file-system
 * exceptions carry as their message. Never quotes a file's content: a parser's exception (whose
 * message may quote a token of the file) is described by its kind only.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /**
     * Describes a failure.
     *
     * @param failure  the failure, not null
     * @return a few words, in English, such as {@code permission denied}, not null
     */
    public static String describe(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (failure instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (failure instanceof FileSystemException system) {
            String reason = system.getReason();
            return reason == null || reason.isBlank() ? "file system error" : lowerFirst(reason);
        }
        if (failure instanceof FileTooLargeException large) {
            return "larger than " + large.limit() + " bytes";
        }
        String kind = failure.getClass().getName();
        if (kind.startsWith("java.io.") || kind.startsWith("java.nio.")) {
            // The JDK's own input-output exceptions carry the operating system's words ("No space
            // left on device", "Input/output error", "Broken pipe"), never content.
            String message = failure.getMessage();
            return message == null || message.isBlank() ? failure.getClass().getSimpleName() : lowerFirst(message);
        }
        return failure.getClass().getSimpleName();
    }

    private static String lowerFirst(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        if (line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))) {
            return line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
        }
        return line;
    }
}
