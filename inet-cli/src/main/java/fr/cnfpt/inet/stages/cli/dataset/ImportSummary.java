package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what a run found: per file its totals (which always add up: rows = accepted + rejected,
 * and the lines of a part that could not be read are said beside them) and its first problems.
 */
public final class ImportSummary {

    static final int SHOWN = 20;

    private ImportSummary() {
    }

    public static void print(PrintWriter out, ImportResult result, Language language) {
        boolean fr = language == Language.FR;
        for (FileReport file : result.files()) {
            out.println(file.file() + " (" + file.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + file.format()
                    + (file.encoding().isEmpty() ? "" : ", " + file.encoding()) + "): "
                    + (fr ? file.rows() + " lignes = " + file.accepted() + " acceptées + " + file.rejected() + " rejetées ; "
                            + file.errors() + " erreur(s), " + file.warnings() + " avertissement(s)"
                            : file.rows() + " rows = " + file.accepted() + " accepted + " + file.rejected() + " rejected; "
                            + file.errors() + " error(s), " + file.warnings() + " warning(s)")
                    + (file.hasUnread() ? (fr ? " ; non lu à partir de la ligne " : "; not read from line ")
                            + file.unread().fromLine() + " (" + unreadLines(file.unread(), language) + ")"
                            : file.complete() ? "" : fr ? " ; en-tête ou contenu inutilisable (voir ci-dessous)"
                                    : "; header or content unusable (see below)"));
            List<Problem> problems = file.problems();
            problems.stream().limit(SHOWN).forEach(p -> out.println("  " + line(p, language)));
            long more = problems.size() - Math.min(SHOWN, problems.size()) + file.problemsOmitted();
            if (more > 0) {
                out.println("  … " + (fr ? more + " autre(s) problème(s) : voir --report ou --rejects"
                        : more + " more problem(s): see --report or --rejects"));
            }
        }
        result.datasetProblems().forEach(p -> out.println(line(p, language)));
    }

    /** Says how many lines were not read: "890 lines", or "lines not counted" for a workbook. */
    static String unreadLines(Unread unread, Language language) {
        boolean fr = language == Language.FR;
        if (!unread.isCounted()) {
            return fr ? "le reste du fichier, de taille inconnue" : "the rest of the file, of unknown size";
        }
        return unread.lines() + (fr ? " ligne(s) non lue(s)" : " line(s) not read");
    }

    static String line(Problem p, Language language) {
        boolean fr = language == Language.FR;
        String where = p.file() + ":" + p.line() + (p.character() > 0 ? ":" + p.character() : "")
                + (p.cell().isEmpty() ? "" : ":" + p.cell())
                + (p.character() > 0 && p.record() > 0 ? (fr ? " (enregistrement " : " (record ") + p.record() + ")" : "")
                + (p.column().isEmpty() ? "" : " [" + p.column() + "]");
        String severity = p.isError() ? (language == Language.FR ? "erreur" : "error")
                : (language == Language.FR ? "avertissement" : "warning");
        return where + " " + severity + " " + p.code() + ": " + p.message().in(language)
                + (p.value().isEmpty() ? "" : " (« " + p.value() + " »)");
    }
}
