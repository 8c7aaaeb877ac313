package fr.cnfpt.inet.stages.reporting.brochure;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds the brochure's blocks to the template. Fields: {@code kind}, {@code heading}, {@code anchor}, {@code label},
 * {@code text}, {@code columns}, {@code c1} to {@code c7} (cells, null beyond the row's) and
 * {@code s1} to {@code s7} (shading); for a grid, each row's {@code rNl} (label), {@code rNa} to
 * {@code rNg} (cells) and {@code rNA} to {@code rNG} (shading), N from 1 to 3.
 */
final class BlockDataSource implements JRDataSource {

    private final Iterator<Block> blocks;
    private Block current;

    BlockDataSource(List<Block> blocks) {
        this.blocks = blocks.iterator();
    }

    @Override
    public boolean next() {
        current = blocks.hasNext() ? blocks.next() : null;
        return current != null;
    }

    @Override
    public Object getFieldValue(JRField field) {
        String name = field.getName();
        switch (name) {
            case "kind":
                return current.kind().name();
            case "heading":
                return current.heading();
            case "anchor":
                return current.anchor();
            case "label":
                return current.label();
            case "text":
                return current.text();
            case "columns":
                return current.columns();
            default:
                if (name.length() == 3 && name.charAt(0) == 'r') {
                    return gridRow(name.charAt(1) - '1', name.charAt(2));
                }
                int index = Integer.parseInt(name.substring(1)) - 1;
                if (name.charAt(0) == 'c') {
                    return index < current.cells().size() ? current.cells().get(index) : null;
                }
                return index < current.shaded().size() && current.shaded().get(index);
        }
    }

    /**
     * A grid row's field: {@code rNl} its label, {@code rNa} to {@code rNg} the cells of months 1
     * to 7, {@code rNA} to {@code rNG} their shading; null (or false) beyond the grid's rows.
     */
    private Object gridRow(int row, char what) {
        if (row >= current.rows().size()) {
            return what == 'l' || Character.isLowerCase(what) ? null : Boolean.FALSE;
        }
        Block grid = current.rows().get(row);
        if (what == 'l') {
            return grid.label();
        }
        int index = Character.toLowerCase(what) - 'a';
        if (Character.isLowerCase(what)) {
            return index < grid.cells().size() ? grid.cells().get(index) : null;
        }
        return index < grid.shaded().size() && grid.shaded().get(index);
    }
}
