package fr.cnfpt.inet.stages.importer.csv;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A row wider than the cells the tokenizer keeps: its kept cells, then, up to its width, a mark
 * standing for the cells dropped, the last of which is not blank. The binder thus sees the row's
 * true width (a header of 300,000 columns is refused as such, a row with a value past the header
 * is rejected) without the dropped cells ever being held.
 * <p>
 * This class is immutable and thread-safe if the cells are not changed.
 */
final class WideRow extends AbstractList<String> implements RandomAccess {

    /** What stands for a dropped cell. */
    static final String DROPPED = "…";

    private final String[] cells;
    private final int width;

    WideRow(String[] cells, int width) {
        this.cells = cells;
        this.width = width;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= width) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < cells.length ? cells[index] : DROPPED;
    }

    @Override
    public int size() {
        return width;
    }
}
