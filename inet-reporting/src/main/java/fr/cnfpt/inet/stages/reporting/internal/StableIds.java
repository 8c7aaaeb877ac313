package fr.cnfpt.inet.stages.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.sf.jasperreports.crosstabs.JRCrosstab;
import net.sf.jasperreports.engine.JRBreak;
import net.sf.jasperreports.engine.JRComponentElement;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JREllipse;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRGenericElement;
import net.sf.jasperreports.engine.JRImage;
import net.sf.jasperreports.engine.JRLine;
import net.sf.jasperreports.engine.JRRectangle;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRSubreport;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.base.JRBaseElement;
import net.sf.jasperreports.engine.design.JRDesignDataset;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.JRVisitorSupport;

/**
 * Gives a template's report, datasets and elements ids derived from the template's path and their
 * order in it. JasperReports gives every element without a {@code uuid} attribute a random one,
 * which it serialises into the compiled template: two builds then gave different {@code .jasper}
 * files, hence different jars. With these ids, the same template compiles to the same bytes.
 */
final class StableIds extends JRVisitorSupport {

    private final String template;
    private int next;

    private StableIds(String template) {
        this.template = template;
    }

    /**
     * Assigns the ids of a template's design.
     *
     * @param design  the design loaded from the template, not null
     * @param template  the template's path under the templates' folder, such as {@code fr/…/statistics.jrxml}
     */
    static void assign(JasperDesign design, String template) {
        StableIds ids = new StableIds(template);
        design.setUUID(ids.nextId());
        for (JRDataset dataset : design.getDatasets()) {
            ((JRDesignDataset) dataset).setUUID(ids.nextId());
        }
        ((JRDesignDataset) design.getMainDataset()).setUUID(ids.nextId());
        JRElementsVisitor.visitReport(design, ids);
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes((template + "#" + next++).getBytes(StandardCharsets.UTF_8));
    }

    private void name(JRElement element) {
        if (element instanceof JRBaseElement base) {
            base.setUUID(nextId());
        }
    }

    @Override
    public void visitBreak(JRBreak element) {
        name(element);
    }

    @Override
    public void visitCrosstab(JRCrosstab element) {
        name(element);
    }

    @Override
    public void visitEllipse(JREllipse element) {
        name(element);
    }

    @Override
    public void visitFrame(JRFrame element) {
        name(element);
    }

    @Override
    public void visitImage(JRImage element) {
        name(element);
    }

    @Override
    public void visitLine(JRLine element) {
        name(element);
    }

    @Override
    public void visitRectangle(JRRectangle element) {
        name(element);
    }

    @Override
    public void visitStaticText(JRStaticText element) {
        name(element);
    }

    @Override
    public void visitSubreport(JRSubreport element) {
        name(element);
    }

    @Override
    public void visitTextField(JRTextField element) {
        name(element);
    }

    @Override
    public void visitComponentElement(JRComponentElement element) {
        name(element);
    }

    @Override
    public void visitGenericElement(JRGenericElement element) {
        name(element);
    }
}
