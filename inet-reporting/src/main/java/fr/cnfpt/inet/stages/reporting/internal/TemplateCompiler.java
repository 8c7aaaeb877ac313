package fr.cnfpt.inet.stages.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles the report templates at build time: every {@code .jrxml} under a source folder into a
 * {@code .jasper} at the same relative path under the classes folder, so that the jar ships
 * compiled templates and nothing is compiled at run time. Run by Maven in the
 * {@code process-classes} phase (exec-maven-plugin); a template that does not compile fails the
 * build, naming it. Every element gets an id derived from the template's path and its place in it
 * ({@link StableIds}), so that two builds give byte-identical {@code .jasper} files.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /**
     * Compiles the templates.
     *
     * @param args  the source folder of the {@code .jrxml} files, then the classes folder
     * @throws IOException if a folder cannot be read or written
     * @throws JRException if a template does not compile
     */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_FOLDER CLASSES_FOLDER");
        }
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(sources)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            Path relative = sources.relativize(template);
            Path compiled = classes.resolve(relative.toString().replaceFirst("\\.jrxml$", ".jasper"));
            Files.createDirectories(compiled.getParent());
            try {
                JasperDesign design = JRXmlLoader.load(template.toFile());
                StableIds.assign(design, relative.toString().replace('\\', '/'));
                JasperCompileManager.compileReportToFile(design, compiled.toString());
            } catch (JRException e) {
                throw new JRException("template " + relative + " does not compile: " + e.getMessage(), e);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no template under " + sources);
        }
    }
}
