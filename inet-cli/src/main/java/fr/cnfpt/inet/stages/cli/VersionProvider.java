package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Gives {@code inet --version}: the project's version, written into the jar at build time, and the
 * built-in edition.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {
            "inet " + version(),
            "Built-in edition: " + Editions.current().label(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /**
     * Returns the command's version, from the build.
     *
     * @return the version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown}
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
