package fr.cnfpt.inet.stages.reporting.brochure;

import java.util.Map;
import net.sf.jasperreports.engine.JRPrintAnchorIndex;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Writes the page numbers of the table of contents into a laid-out brochure. Each entry's number
 * cell (the template's elements keyed {@value #KEY}) links to its chapter's anchor; its text becomes
 * the page where the layout put that anchor, in place of the one-line placeholder the template
 * measured. This saves a second layout of the whole brochure.
 */
final class ContentsPages {

    /** The key of the template's page-number cells in the table of contents. */
    static final String KEY = "contentsPage";

    private ContentsPages() {
    }

    /**
     * Writes the page numbers.
     *
     * @param print  the laid-out brochure, modified in place
     * @throws IllegalStateException if an entry links to an anchor the layout does not have
     */
    static void fillIn(JasperPrint print) {
        Map<String, JRPrintAnchorIndex> anchors = print.getAnchorIndexes();
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                if (KEY.equals(element.getKey()) && element instanceof JRPrintText text) {
                    JRPrintAnchorIndex anchor = anchors.get(text.getHyperlinkAnchor());
                    if (anchor == null) {
                        throw new IllegalStateException("the contents entry links to '" + text.getHyperlinkAnchor()
                                + "', which the brochure does not have");
                    }
                    String number = String.valueOf(anchor.getPageIndex() + 1);
                    text.setText(number);
                    text.setValue(number);
                }
            }
        }
    }
}
