package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** Feeds {@link StatBlock}s to the statistics template (JasperReports cannot read records' accessors). */
final class StatBlockDataSource implements JRDataSource {

    private final Iterator<StatBlock> blocks;
    private StatBlock current;

    StatBlockDataSource(List<StatBlock> blocks) {
        this.blocks = blocks.iterator();
    }

    @Override
    public boolean next() {
        if (!blocks.hasNext()) {
            return false;
        }
        current = blocks.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        String name = field.getName();
        switch (name) {
            case "table":
                return current.table();
            case "title":
                return current.title();
            case "kind":
                return current.kind();
            case "text":
                return current.text();
            case "columns":
                return current.headings().size();
            case "total":
                return current.total();
            case "chart":
                return current.chart();
            default:
                break;
        }
        int index = Integer.parseInt(name.substring(1)) - 1;
        return switch (name.charAt(0)) {
            case 'h' -> index < current.headings().size() ? current.headings().get(index) : "";
            case 'c' -> index < current.cells().size() ? current.cells().get(index) : "";
            case 'n' -> index < current.numeric().size() && current.numeric().get(index);
            default -> throw new IllegalArgumentException("the statistics template asks for an unknown field " + name);
        };
    }
}
