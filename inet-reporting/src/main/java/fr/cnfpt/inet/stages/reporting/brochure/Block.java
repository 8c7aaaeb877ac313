package fr.cnfpt.inet.stages.reporting.brochure;

import java.util.List;
import java.util.Objects;

/**
 * One block of the brochure, in reading order: a heading, a paragraph, a table row, a row of the
 * timeline grid. The template prints each kind with its own band.
 *
 * @param kind  what the block is, not null
 * @param heading  a section heading printed with the block, so that no heading ends a page alone, or empty
 * @param anchor  the block's anchor, for headings (bookmarks, table of contents), or empty
 * @param label  the row's label (first column), or empty
 * @param text  the block's text, or empty
 * @param cells  the table or grid cells, at most {@link #MAX_CELLS}, not null
 * @param shaded  per cell, whether the timeline grid shades it, same size as cells, not null
 * @param rows  a timeline grid's rows, one per corps, at most {@link #MAX_ROWS}, or empty
 */
record Block(Kind kind, String heading, String anchor, String label, String text, List<String> cells, List<Boolean> shaded,
        List<Block> rows) {

    /** The most rows of a timeline grid: the corps INET places. */
    static final int MAX_ROWS = 3;

    /** The most cells of a row: seven months in a timeline grid, three corps in a table. */
    static final int MAX_CELLS = 7;

    /** The kinds of blocks, each printed by its own band of the template. */
    enum Kind {
        /** A title without page break nor bookmark: the table of contents' own. */
        TITLE,
        /** An entry of the table of contents: text, then the page in {@code label}. */
        CONTENTS_ENTRY,
        /** A chapter heading, on a new page: level-1 bookmark. */
        CHAPTER,
        /** A section heading, kept with what follows: level-2 bookmark. */
        SECTION,
        /** A paragraph. */
        PARAGRAPH,
        /** A bulleted item. */
        BULLET,
        /** A highlighted paragraph: what hosting brings the host, the notes. */
        HIGHLIGHT,
        /** A heading row of a table: label, then one cell per column. */
        TABLE_HEADER,
        /** A row of a table: label, then one cell per column. */
        TABLE_ROW,
        /**
         * A timeline grid, printed whole on one page: year in label, month names in cells, then one
         * row per corps (corps in label, what happens each month in cells, the internships shaded).
         */
        GRID,
        /** A corps' row of a grid, inside a {@link #GRID} block. */
        GRID_ROW
    }

    Block {
        Objects.requireNonNull(kind, "kind");
        heading = Objects.requireNonNullElse(heading, "");
        anchor = Objects.requireNonNullElse(anchor, "");
        label = Objects.requireNonNullElse(label, "");
        text = Objects.requireNonNullElse(text, "");
        cells = List.copyOf(cells);
        shaded = List.copyOf(shaded);
        rows = List.copyOf(rows);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a grid has at most " + MAX_ROWS + " rows: " + rows.size());
        }
        if (cells.size() > MAX_CELLS || shaded.size() != cells.size()) {
            throw new IllegalArgumentException("a block has at most " + MAX_CELLS + " cells, each shaded or not");
        }
    }

    static Block of(Kind kind, String text) {
        return new Block(kind, "", "", "", text, List.of(), List.of(), List.of());
    }

    static Block heading(Kind kind, String anchor, String text) {
        return new Block(kind, "", anchor, "", text, List.of(), List.of(), List.of());
    }

    static Block row(Kind kind, String label, List<String> cells) {
        return new Block(kind, "", "", label, "", cells, cells.stream().map(c -> false).toList(), List.of());
    }

    static Block gridRow(String label, List<String> cells, List<Boolean> shaded) {
        return new Block(Kind.GRID_ROW, "", "", label, "", cells, shaded, List.of());
    }

    static Block grid(String label, List<String> months, List<Block> rows) {
        return new Block(Kind.GRID, "", "", label, "", months, months.stream().map(c -> false).toList(), rows);
    }

    /** @return this block with a section heading printed above it */
    Block withHeading(String sectionHeading) {
        return new Block(kind, sectionHeading, anchor, label, text, cells, shaded, rows);
    }

    /** @return the number of cells, the columns of a table row */
    int columns() {
        return cells.size();
    }
}
