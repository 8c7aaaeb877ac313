package fr.cnfpt.inet.stages.reporting.brochure;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The brochure's typeface: Lato (Łukasz Dziedzic, SIL Open Font License 1.1, {@code fonts/OFL.txt}),
 * its regular, italic, bold and bold italic faces, read from this jar only and embedded, subset, in
 * every PDF. Lato covers French (œ, É, « », €, the no-break and narrow no-break spaces).
 * <p>
 * Glyph substitution is switched off: PDFBox would set Lato's ligatures ("ti", "fi"), glyphs that
 * map to no character, so that a screen reader or a text search would read "Ins tut" for
 * "Institut" (and PDF/UA and PDF/A require every glyph to map to its text). One instance per
 * document: it holds the parsed faces until the document is written, then {@link #close()}.
 */
final class BrochureFonts implements Closeable {

    /** The family name the stylesheet asks for. */
    static final String FAMILY = "Lato";

    private final PDDocument document;
    private final List<TrueTypeFont> opened = new ArrayList<>();

    private BrochureFonts(PDDocument document) {
        this.document = document;
    }

    /**
     * Gives a renderer the four faces, loaded into its document when the layout first uses them.
     *
     * @param builder  the renderer's builder
     * @param document  the document the renderer writes, given to the builder
     * @return the faces, to close once the document is written
     */
    static BrochureFonts register(PdfRendererBuilder builder, PDDocument document) {
        BrochureFonts fonts = new BrochureFonts(document);
        fonts.face(builder, "Lato-Regular.ttf", 400, FontStyle.NORMAL);
        fonts.face(builder, "Lato-Italic.ttf", 400, FontStyle.ITALIC);
        fonts.face(builder, "Lato-Bold.ttf", 700, FontStyle.NORMAL);
        fonts.face(builder, "Lato-BoldItalic.ttf", 700, FontStyle.ITALIC);
        return fonts;
    }

    private void face(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(new Face(file), FAMILY, weight, style, true);
    }

    /** A face, loaded the first time the layout asks for it. */
    private final class Face extends PDFontSupplier {

        private final String file;
        private PDFont font;

        Face(String file) {
            super(null);
            this.file = file;
        }

        @Override
        public PDFont supply() {
            synchronized (BrochureFonts.this) {
                if (font == null) {
                    font = load(file);
                }
                return font;
            }
        }
    }

    private PDFont load(String file) {
        try (InputStream in = BrochureFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font fonts/" + file + " is missing from the jar");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            opened.add(font);
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the font fonts/" + file + " cannot be read", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (TrueTypeFont font : opened) {
            font.close();
        }
        opened.clear();
    }
}
