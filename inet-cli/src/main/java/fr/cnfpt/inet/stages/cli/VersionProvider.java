package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.editions.Editions;
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
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "inet " + properties.getProperty("version", "unknown"),
            "Built-in edition: " + Editions.current().label(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
