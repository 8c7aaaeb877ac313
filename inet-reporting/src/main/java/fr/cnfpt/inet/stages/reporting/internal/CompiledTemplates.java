package fr.cnfpt.inet.stages.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Reads a template compiled at build time ({@link TemplateCompiler}) from this jar, never from a path
 * a user gives: a JasperReports template is code, its expressions run when the report is filled.
 */
public final class CompiledTemplates {

    private CompiledTemplates() {
    }

    /**
     * Reads a compiled template next to a class of this jar.
     *
     * @param owner  the class whose package holds the template, not null
     * @param name  the {@code .jasper} file's name, such as {@code brochure.jasper}, not null
     * @return the template, not null
     * @throws IllegalStateException if it is missing or cannot be read (a broken build)
     */
    public static JasperReport load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the compiled template " + name + " is missing from the jar");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("the compiled template " + name + " cannot be read", e);
        }
    }
}
