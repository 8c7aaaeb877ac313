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
 */
record Block(Kind kind, String heading, String anchor, String label, String text, List<String> cells, List<Boolean> shaded) {

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
        /** The month names of a timeline grid: year in label, months in cells. */
        GRID_HEADER,
        /** A corps' row of a timeline grid: corps in label, what happens each month in cells, bars shaded. */
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
        if (cells.size() > MAX_CELLS || shaded.size() != cells.size()) {
            throw new IllegalArgumentException("a block has at most " + MAX_CELLS + " cells, each shaded or not");
        }
    }

    static Block of(Kind kind, String text) {
        return new Block(kind, "", "", "", text, List.of(), List.of());
    }

    static Block heading(Kind kind, String anchor, String text) {
        return new Block(kind, "", anchor, "", text, List.of(), List.of());
    }

    static Block row(Kind kind, String label, List<String> cells) {
        return new Block(kind, "", "", label, "", cells, cells.stream().map(c -> false).toList());
    }

    static Block grid(String label, List<String> cells, List<Boolean> shaded) {
        return new Block(Kind.GRID_ROW, "", "", label, "", cells, shaded);
    }

    /** @return this block with a section heading printed above it */
    Block withHeading(String sectionHeading) {
        return new Block(kind, sectionHeading, anchor, label, text, cells, shaded);
    }

    /** @return the number of cells, the columns of a table row */
    int columns() {
        return cells.size();
    }
}
