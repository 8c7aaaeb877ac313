package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brochure, written by the shaded jar as a user runs it, read back from the PDF. */
class BrochureJarIT {

    @TempDir
    Path folder;

    /** Every date and deadline of the 2026-2027 brochure, as the seed writes them. */
    private static final List<String> DATES_FR = List.of(
            "4 semaines du 30 mars au 24 avril 2026", "Dépôt des offres jusqu'au 24 novembre 2025",
            "3 semaines du 1er au 19 juin 2026", "Dépôt des offres jusqu'au 30 janvier 2026",
            "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026",
            "7 semaines du 26 mai au 10 juillet 2026", "Dépôt des offres jusqu'au 16 février 2026",
            "9 semaines du 12 octobre au 18 décembre 2026", "Dépôt des offres jusqu'au 19 juin 2026",
            "4 semaines du 1er au 26 février 2027", "3 semaines du 1er au 19 février 2027",
            "7 semaines du 1er février au 19 mars 2027",
            "13 semaines du 3 mai au 30 juillet 2027", "11 semaines du 18 mai au 30 juillet 2027",
            "(01/02/2026 – 31/07/2027)", "(01/04/2026 – 31/03/2027)");

    @Test
    void writesTheFrenchBrochureWithEveryDateOfTheSeedAndEmbeddedFonts() throws Exception {
        InetJar.Result result = InetJar.run("brochure", "--cohort", "2026", "-o", folder.resolve("b.pdf").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = text(folder.resolve("b.pdf"));
        assertThat(text).contains(DATES_FR);
        assertThat(text).contains("Stages d'observation", "Stages thématiques", "Projets collectifs", "Stages d'ouverture",
                "Stages de perfectionnement", "Stages de professionnalisation", "Un stage à proposer ?",
                "Une mission à réaliser ?", "stages.inet@cnfpt.fr", "03 88 15 53 69", "06 10 53 03 78",
                "Gardez le fil avec l'INET", "INP");
        assertThat(text).containsPattern("4[\\u00a0\\u202f ]+000 €").containsPattern("40[\\u00a0\\u202f ]+000");
        assertThat(text).contains("É", "é", "è", "ê", "à", "ô", "œ", "€");
        assertThat(text).doesNotContain("prévisionnelles");
    }

    @Test
    void pdfHasItsTitleBookmarksForEveryChapterAndOnlyEmbeddedFonts() throws Exception {
        InetJar.run("brochure", "--cohort", "2026", "-o", folder.resolve("b.pdf").toString());

        PdfReader reader = new PdfReader(folder.resolve("b.pdf").toString());
        try {
            assertThat(reader.getInfo()).containsEntry("Title", "Accueillir un ou une élève en stage 2026-2027");
            assertThat(String.valueOf(reader.getCatalog().get(new com.lowagie.text.pdf.PdfName("Lang")))).isEqualTo("fr-FR");
            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmark(reader);
            assertThat(bookmarks).extracting(b -> normalise(String.valueOf(b.get("Title")))).contains("Stages d'observation",
                    "Quelles sont les périodes de stages ?", "Votre contact à l'INET");
            assertThat(fonts(reader)).isNotEmpty().allMatch(name -> name.contains("+"), "subset, so embedded");
            String contents = contentsPages(folder.resolve("b.pdf"));
            for (Map<String, Object> chapter : bookmarks) {
                String page = String.valueOf(chapter.get("Page")).split(" ")[0];
                assertThat(contents).as("the contents give the page of its bookmark")
                        .containsPattern(java.util.regex.Pattern.quote(normalise(String.valueOf(chapter.get("Title"))))
                                + "[ .]*" + page + "\\b");
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void writesTheEnglishBrochureWithEnglishDates() throws Exception {
        InetJar.Result result = InetJar.run("brochure", "--cohort", "2026", "--lang", "en", "-o",
                folder.resolve("en.pdf").toString());

        assertThat(result.exitCode()).isZero();
        String text = text(folder.resolve("en.pdf"));
        assertThat(text).contains("Hosting an INET trainee", "30 March to 24 April 2026", "24 November 2025",
                "Observation internships", "Collective projects", "Your contact at INET", "+33 3 88 15 53 69");
        assertThat(text).doesNotContain("semaines", "Dépôt des offres");
    }

    @Test
    void nextCohortsBrochureSaysItsDatesAreProjected() throws Exception {
        InetJar.Result result = InetJar.run("brochure", "--cohort", "2027", "-o", folder.resolve("p.pdf").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(text(folder.resolve("p.pdf"))).contains("2027-2028", "Dates prévisionnelles");
    }

    @Test
    void writesTheWebPageInHtml() throws Exception {
        Path target = folder.resolve("brochure-2026-2027-fr.html");
        InetJar.Result result = InetJar.run("brochure", "--format", "html", "-o", target.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String html = normalise(Files.readString(target));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr-FR\"",
                "<title>Accueillir un ou une élève en stage 2026-2027</title>", "4 semaines du 30 mars au 24 avril 2026",
                "Stages d'observation");
    }

    /** DOCX was withdrawn with the JasperReports template: a user who asks for it is told so in one line. */
    @Test
    void refusesDocxInOneLineWithExitCodeTwoAndWritesNoFile() throws Exception {
        Path target = folder.resolve("brochure.docx");
        InetJar.Result result = InetJar.run("brochure", "--format", "docx", "-o", target.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines()).as(result.err()).singleElement().asString().contains("docx");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(target).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    private static List<String> fonts(PdfReader reader) {
        List<String> names = new java.util.ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            com.lowagie.text.pdf.PdfDictionary resources = reader.getPageN(page)
                    .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES);
            com.lowagie.text.pdf.PdfDictionary fonts = resources == null ? null
                    : resources.getAsDict(com.lowagie.text.pdf.PdfName.FONT);
            if (fonts != null) {
                for (Object key : fonts.getKeys()) {
                    com.lowagie.text.pdf.PdfDictionary font = fonts.getAsDict((com.lowagie.text.pdf.PdfName) key);
                    names.add(String.valueOf(font.get(com.lowagie.text.pdf.PdfName.BASEFONT)));
                }
            }
        }
        return names;
    }

    /** The text of the contents ("SOMMAIRE"): its page and the next, where it may run over. */
    private static String contentsPages(Path pdf) throws Exception {
        List<String> pages = pages(pdf);
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains("SOMMAIRE")) {
                return pages.get(page) + " " + pages.get(Math.min(page + 1, pages.size() - 1));
            }
        }
        throw new AssertionError("no page holds the contents (SOMMAIRE)");
    }

    /** Each page's text, read by PDFBox, normalised; a line broken after a hyphen joined without a space. */
    private static List<String> pages(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setLineSeparator("\n");
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(normalise(stripper.getText(document).replaceAll("-\\s*\\n\\s*", "-")));
            }
            return pages;
        }
    }

    /**
     * A text with typographic apostrophes as {@code '}, the PDF's superscript ordinal letters
     * ("1\u1d49\u02b3") as plain ones, and every run of spaces (non-breaking too) as one space.
     */
    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u1d49', 'e').replace('\u02b3', 'r')
                .replaceAll("[\\s\u00a0\u202f\u2009]+", " ").strip();
    }

    /** The PDF's text, lines joined by spaces so that wrapped cells read as one. */
    private static String text(Path pdf) throws Exception {
        return String.join(" ", pages(pdf));
    }
}
