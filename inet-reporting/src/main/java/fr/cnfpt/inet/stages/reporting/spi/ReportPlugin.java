package fr.cnfpt.inet.stages.reporting.spi;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * A report: the yearly brochure, a statistical report. Implementations are found with
 * {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/fr.cnfpt.inet.stages.reporting.spi.ReportPlugin}) or registered directly
 * in a {@link ReportRegistry}.
 * <p>
 * A plugin is stateless and thread-safe: {@link #render} may be called many times, from several
 * threads. It loads its templates from its own jar only, never from a path a user gives.
 */
public interface ReportPlugin {

    /**
     * Returns the plugin's id: lower case letters, digits and dashes, unique in a registry.
     *
     * @return the id, such as {@code brochure}, not null
     */
    String id();

    /**
     * Returns the report's title.
     *
     * @return the title in French and English, not null
     */
    LocalizedText title();

    /**
     * Returns the formats the plugin writes, in the order it prefers them: callers that list or
     * write several keep that order ({@code inet stats --format all}).
     *
     * @return the formats, not empty
     */
    Set<ReportFormat> formats();

    /**
     * Returns what the report is made from.
     *
     * @return the inputs, not null
     */
    Set<ReportInput> inputs();

    /**
     * Returns the kind of report this is, by which callers find it without knowing its id. Plugins
     * written before it existed need not change: by default the family is told from
     * {@link #inputs()} ({@link ReportFamily#of}).
     *
     * @return the family, not null
     */
    default ReportFamily family() {
        return ReportFamily.of(inputs());
    }

    /**
     * Writes the report.
     *
     * @param request  what to write: the inputs, the language, the format, not null
     * @param out  where to write it; not closed by the plugin, not null
     * @throws IOException if the report cannot be written
     * @throws IllegalArgumentException if the format is not one of {@link #formats()} or an input
     *         of {@link #inputs()} is missing from the request
     */
    void render(ReportRequest request, OutputStream out) throws IOException;

    /**
     * Checks that a request carries what this plugin needs; plugins call it first in {@link #render}.
     *
     * @param request  the request, not null
     * @throws IllegalArgumentException naming the unsupported format or the missing input
     */
    default void requireSupported(ReportRequest request) {
        if (!formats().contains(request.format())) {
            throw new IllegalArgumentException("the '" + id() + "' report is not written as "
                    + request.format().extension() + "; formats: " + formats().stream().map(ReportFormat::extension)
                            .sorted().toList());
        }
        for (ReportInput input : inputs()) {
            if (!request.has(input)) {
                throw new IllegalArgumentException("the '" + id() + "' report needs " + input.description().en());
            }
        }
    }
}
