package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (the texts its cells refer to by number), read as POI's
 * {@code ReadOnlySharedStringsTable} reads them (phonetic runs left out), within bounds:
 * <ul>
 * <li>each text is kept up to {@link CellText#maxRaw(int)} characters, enough to tell it is too long
 * for a cell, and no more;</li>
 * <li>all texts together hold at most a budget of memory, counted as their characters plus
 * {@value #OVERHEAD} per text; beyond it the workbook is refused
 * ({@link WorkbookRefusal.Reason#STRINGS_TOO_LARGE}) rather than exhausting the memory;</li>
 * <li>a cell naming a text the table does not have gets an empty text, and the number is kept for
 * {@link #takeMissing()}: POI's table throws an exception whose message lists every text of the
 * workbook, personal data included.</li>
 * </ul>
 * Not thread-safe: one per workbook read.
 */
final class WorkbookStrings extends DefaultHandler implements SharedStrings {

    /** The memory counted per text besides its characters: a string and its place in the list. */
    static final int OVERHEAD = 48;
    private static final String SPREADSHEET_ML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> texts = new ArrayList<>();
    private final int maxRaw;
    private final long budget;
    private final String part;
    private final StringBuilder text = new StringBuilder();
    private long used;
    private boolean inText;
    private boolean inPhonetic;
    private int missing = -1;

    private WorkbookStrings(int maxCellLength, long budget, String part) {
        this.maxRaw = CellText.maxRaw(maxCellLength);
        this.budget = budget;
        this.part = part;
    }

    /**
     * Obtains the table of a workbook that has none.
     *
     * @return an empty table, not null
     */
    static WorkbookStrings none() {
        return new WorkbookStrings(1, 0, "");
    }

    /**
     * Reads the shared strings.
     *
     * @param in  the part's content, not null
     * @param part  the part's name, for a refusal, not null
     * @param maxCellLength  the longest cell, in characters
     * @param budget  the memory the texts may take, counted as characters plus {@value #OVERHEAD} per text
     * @return the table, not null
     * @throws IOException if the part cannot be read, or passes the budget ({@link WorkbookRefusal})
     * @throws SAXException if its XML is malformed
     */
    static WorkbookStrings read(InputStream in, String part, int maxCellLength, long budget)
            throws IOException, SAXException {
        WorkbookStrings strings = new WorkbookStrings(maxCellLength, budget, part);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(strings);
            parser.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new SAXException("no XML parser", e);
        }
        return strings;
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= texts.size()) {
            missing = index;
            return new XSSFRichTextString("");
        }
        return new XSSFRichTextString(texts.get(index));
    }

    @Override
    public int getCount() {
        return texts.size();
    }

    @Override
    public int getUniqueCount() {
        return texts.size();
    }

    /**
     * Returns the number of the text a cell named but the table does not have, since the last call.
     *
     * @return the number, or -1 if none was missing
     */
    int takeMissing() {
        int number = missing;
        missing = -1;
        return number;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!SPREADSHEET_ML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!SPREADSHEET_ML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> add();
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic && text.length() < maxRaw) {
            text.append(ch, start, Math.min(length, maxRaw - text.length()));
        }
    }

    private void add() throws SAXException {
        used += text.length() + OVERHEAD;
        if (used > budget) {
            throw new SAXException(new WorkbookRefusal(WorkbookRefusal.Reason.STRINGS_TOO_LARGE, part));
        }
        texts.add(text.toString());
    }
}
