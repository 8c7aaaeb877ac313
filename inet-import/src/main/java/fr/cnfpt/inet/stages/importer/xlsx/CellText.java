package fr.cnfpt.inet.stages.importer.xlsx;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the XML parser and POI's sheet handler, which gathers a cell's text without
 * bound, and bounds it: a cell's value ({@code <v>}, a number, a shared string's number, a formula's
 * result) passes on up to one character more than the longest cell, an inline string (its
 * {@code <t>} runs together) up to {@link #maxRaw(int)} characters, as escaped in the file, and any
 * other element's text up to that too. Remembers that the cell being read is too long: its value
 * is longer than the longest cell as written in the file (a number of 40,000 digits would come
 * out of POI as "Infinity"), or its inline string was cut. Also knows the cell being read
 * ({@code C14}), to say where a damaged sheet stops.
 * <p>
 * Not thread-safe: one per sheet read.
 */
final class CellText extends XMLFilterImpl {

    private static final String SPREADSHEET_ML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final int MAX_REFERENCE = 16;

    private final int maxCellLength;
    private final int maxRaw;
    private String cell = "";
    private boolean inCell;
    private boolean inValue;
    private boolean inNumber;
    private int cellCharacters;
    private int elementCharacters;
    private boolean tooLong;

    /**
     * Creates the filter.
     *
     * @param maxCellLength  the longest cell, in characters
     */
    CellText(int maxCellLength) {
        this.maxCellLength = maxCellLength;
        this.maxRaw = maxRaw(maxCellLength);
    }

    /**
     * Returns how much of a cell's raw text to keep to tell whether it is too long: a text escapes a
     * character in at most 7 ({@code _x000D_}), so 7 characters per character allowed, and one more.
     *
     * @param maxCellLength  the longest cell, in characters
     * @return the characters to keep
     */
    static int maxRaw(int maxCellLength) {
        return (int) Math.min(Integer.MAX_VALUE - 8, 7L * maxCellLength + 7);
    }

    /** @return the cell being read, or last read in its row ({@code C14}); the empty string between rows */
    String cell() {
        return cell;
    }

    /** @return true if the cell being read is too long as written in the file */
    boolean tooLong() {
        return tooLong;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        elementCharacters = 0;
        if (SPREADSHEET_ML.equals(uri)) {
            if ("c".equals(localName)) {
                String reference = atts.getValue("r");
                cell = reference == null || reference.length() > MAX_REFERENCE ? "" : reference;
                inCell = true;
                cellCharacters = 0;
                tooLong = false;
            } else if ("row".equals(localName)) {
                cell = "";
            }
            inNumber = inCell && "v".equals(localName);
            inValue = inNumber || inCell && "t".equals(localName);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        elementCharacters = 0;
        if (SPREADSHEET_ML.equals(uri)) {
            if ("c".equals(localName)) {
                inCell = false;
            } else if ("row".equals(localName)) {
                cell = "";
            }
            inValue = false;
            inNumber = false;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        int limit = inNumber ? maxCellLength + 1 : maxRaw;
        int room = limit - (inValue ? cellCharacters : elementCharacters);
        int kept = Math.max(0, Math.min(length, room));
        if (inValue) {
            cellCharacters += kept;
            tooLong |= kept < length || inNumber && cellCharacters > maxCellLength;
        } else {
            elementCharacters += kept;
        }
        if (kept > 0) {
            super.characters(ch, start, kept);
        }
    }
}
