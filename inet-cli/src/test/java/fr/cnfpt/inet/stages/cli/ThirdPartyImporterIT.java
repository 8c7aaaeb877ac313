package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/plugins.md: the third-party importer under docs/plugins/example is
 * compiled against the shaded jar, packaged in its own jar with its service file, and found by
 * the inet command through ServiceLoader.
 */
class ThirdPartyImporterIT {

    private static final Path EXAMPLE = Path.of("..", "docs", "plugins", "example", "src", "main");

    @TempDir
    Path folder;

    @Test
    void findsAndUsesAnImporterShippedInItsOwnJar() throws Exception {
        Path plugin = buildExampleJar();
        Path offers = Files.writeString(folder.resolve("offres.psv"), "Référence|Structure d'accueil|Type de structure|"
                + "Population|Département|Type de stage|Cadre d'emplois|Promotion|Date de dépôt|Intitulé|Courriel\n"
                + "OBS-1|Ville de Metz|COMMUNE|120000|57|OBSERVATION|AT|2026|15/11/2025|Observation|dgs@metz.fr\n"
                + "OBS-2|Ville de Metz|COMMUNE|-3|57|OBSERVATION|AT|2026|15/11/2025|Observation|dgs@metz.fr\n",
                StandardCharsets.UTF_8);

        InetJar.Result plugins = run(plugin, "plugins");
        InetJar.Result validate = run(plugin, "validate", offers.toString(), "--lang", "en");

        assertThat(plugins.out()).contains("psv").contains("org.example.inet.PsvImporter");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("2 rows = 1 accepted + 1 rejected").contains("POPULATION_NOT_POSITIVE");
    }

    private Path buildExampleJar() throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(folder.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                InetJar.jar().toString(), "--release", "17"));
        try (Stream<Path> sources = Files.walk(EXAMPLE.resolve("java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
        Path jar = folder.resolve("inet-psv-importer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, classes, classes);
            add(out, EXAMPLE.resolve("resources"), EXAMPLE.resolve("resources"));
        }
        return jar;
    }

    private static void add(JarOutputStream out, Path root, Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static InetJar.Result run(Path plugin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", InetJar.jar() + java.io.File.pathSeparator + plugin, "fr.cnfpt.inet.stages.cli.Inet"));
        command.addAll(List.of(args));
        return InetJar.runCommand(command);
    }

}
