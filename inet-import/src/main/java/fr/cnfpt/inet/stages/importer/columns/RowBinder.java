package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns the rows of a table (CSV, spreadsheet, JSON objects) into domain records and problems: the
 * shared heart of every importer, for third-party importers too (see {@code docs/plugins.md}).
 * <p>
 * Give it the header row, then each data row, in order. It matches headers in French or English
 * ({@link RecordColumns}), skips blank rows without counting them, checks the row limit, parses
 * and checks every value, and calls the sink with a record or with problems and
 * {@link RowSink#rejected(long)}. Rows read = records + rejected rows, always.
 * <p>
 * A file of trainees holds personal data: its problems never quote a personal field (names,
 * e-mail), a whole row or a token of the file ({@link #holdsPersonalData()}); importers leave their
 * parser's details out of their messages for such files.
 * <p>
 * Instances are not thread-safe: one per file being read.
 */
public final class RowBinder {

    private final ImportRequest request;
    private final RowSink sink;
    private final List<Column> columns;
    private final Row row;
    private final Binding binding;
    private final Map<String, Integer> keyFields = new HashMap<>();
    /** The field of each header's matching key ({@link HeaderKey}), the first column's if two share one. */
    private final Map<String, Integer> headerKeys = new HashMap<>();
    private int[] fieldOfPosition = new int[0];
    private boolean usable = true;
    private boolean cellsStripped;
    private long rows;
    private long stoppedAt;
    private String[] namedLabels;
    private int unknownKeys;

    private RowBinder(ImportRequest request, RowSink sink, boolean cellReferences) {
        this.request = Objects.requireNonNull(request, "request");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.columns = RecordColumns.of(request.kind());
        for (int field = 0; field < columns.size(); field++) {
            headerKeys.putIfAbsent(HeaderKey.of(columns.get(field).field()), field);
            for (String name : columns.get(field).names()) {
                headerKeys.putIfAbsent(HeaderKey.of(name), field);
            }
        }
        this.row = new Row(request.fileName(), sink, columns, cellReferences);
        this.binding = switch (request.kind()) {
            case OFFERS -> new OfferBinding(request.forcedCohort().orElse(null));
            case TRAINEES -> new TraineeBinding(request.forcedCohort().orElse(null));
            case PLACEMENTS -> new PlacementBinding();
            case WISHES -> new WishBinding();
            case EXCLUSIONS -> new ExclusionBinding();
        };
    }

    /**
     * Obtains a binder for a file whose problems name columns by their headers (CSV, JSON).
     *
     * @param request  the file being read, not null
     * @param sink  receives records and problems, not null
     * @return the binder, not null
     */
    public static RowBinder of(ImportRequest request, RowSink sink) {
        return new RowBinder(request, sink, false);
    }

    /**
     * Tells the binder that the importer strips every cell of its surrounding white space itself
     * (on its parsing thread, where the text is still in the processor's cache): the binder then
     * takes the cells as they come. Without this, the binder strips them.
     *
     * @return this binder
     */
    public RowBinder withCellsStripped() {
        cellsStripped = true;
        row.cellsStripped = true;
        return this;
    }

    /**
     * Obtains a binder for a spreadsheet: problems also name the cell ({@code C14}).
     *
     * @param request  the file being read, not null
     * @param sink  receives records and problems, not null
     * @return the binder, not null
     */
    public static RowBinder ofSpreadsheet(ImportRequest request, RowSink sink) {
        return new RowBinder(request, sink, true);
    }

    /**
     * Reads the header row. A header naming no known column, naming a column twice or missing a
     * required column makes the file unusable: the problem is reported and every data row after it
     * is counted and rejected. Unknown columns are reported as warnings and ignored.
     *
     * @param line  the header's line, 1-based
     * @param names  the headers as written, in order; empty ones are ignored
     * @return true if data rows can be read
     */
    public boolean header(long line, List<String> names) {
        int width = names.size();
        while (width > 0 && (names.get(width - 1) == null || names.get(width - 1).isBlank())) {
            width--;
        }
        if (width > request.limits().maxColumns()) {
            fail(line, FileProblem.COLUMNS_TOO_MANY, String.valueOf(width), LocalizedText.of(
                    "L'en-tête a " + width + " colonnes ; un fichier en a au plus " + request.limits().maxColumns()
                            + " : gardez les colonnes décrites dans docs/formats.md, ou relevez la limite avec"
                            + " --max-columns. Aucune ligne n'est lue.",
                    "The header has " + width + " columns; a file has at most " + request.limits().maxColumns()
                            + ": keep the columns of docs/formats.md, or raise the limit with --max-columns. No row"
                            + " is read."));
            return usable;
        }
        fieldOfPosition = new int[names.size()];
        Arrays.fill(fieldOfPosition, -1);
        String[] seen = new String[columns.size()];
        int matched = 0;
        List<String> unknown = new ArrayList<>();
        for (int position = 0; position < names.size(); position++) {
            String name = names.get(position) == null ? "" : names.get(position).strip();
            if (name.isEmpty()) {
                continue;
            }
            int field = fieldOf(name);
            if (field < 0) {
                unknown.add(name);
                continue;
            }
            matched++;
            if (seen[field] != null) {
                fail(line, FileProblem.COLUMN_DUPLICATE, name, LocalizedText.of(
                        "Les colonnes « " + seen[field] + " » et « " + name + " » donnent toutes deux « "
                                + columns.get(field).field() + " » : supprimez ou renommez l'une d'elles.",
                        "The \"" + seen[field] + "\" and \"" + name + "\" columns both give \""
                                + columns.get(field).field() + "\": delete or rename one of them."));
                return usable;
            }
            seen[field] = name;
            fieldOfPosition[position] = field;
            row.labels[field] = name;
            row.positions[field] = position;
        }
        if (matched == 0) {
            fail(line, FileProblem.HEADER_MISSING, String.join(" ", names.subList(0, width)), LocalizedText.of(
                    "La première ligne doit nommer les colonnes (par exemple « " + exampleHeader(true)
                            + " ») ; aucune colonne n'est reconnue : ajoutez la ligne d'en-tête.",
                    "The first line must name the columns (such as \"" + exampleHeader(false)
                            + "\"); no column is recognised: add the header row."));
            return usable;
        }
        for (String name : unknown) {
            sink.problem(new Problem(request.fileName(), line, name, "", "", name, FileProblem.COLUMN_UNKNOWN,
                    LocalizedText.of("Colonne « " + name + " » inconnue, ignorée (voir docs/formats.md).",
                            "Unknown column \"" + name + "\", ignored (see docs/formats.md).")));
        }
        List<Column> missing = new ArrayList<>();
        for (int field = 0; field < columns.size(); field++) {
            Column column = columns.get(field);
            boolean given = column.field().equals("cohort") && request.forcedCohort().isPresent();
            if (seen[field] == null && column.required() && !given) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            fail(line, FileProblem.COLUMN_MISSING,
                    missing.stream().map(c -> c.names().get(0)).collect(Collectors.joining(", ")),
                    LocalizedText.of("Colonne(s) obligatoire(s) absente(s) : "
                            + missing.stream().map(c -> "« " + c.names().get(0) + " »").collect(Collectors.joining(", "))
                            + " ; ajoutez-les à la ligne d'en-tête.",
                            "Required column(s) missing: " + missing.stream().map(c -> "\"" + c.names().get(0) + "\"")
                                    .collect(Collectors.joining(", ")) + "; add them to the header row."));
        }
        row.nameFields();
        return usable;
    }

    /**
     * Reads a data row whose cells follow the header's order. A blank row is skipped and not counted.
     *
     * @param line  the row's line, 1-based
     * @param cells  the cells, in the header's order; missing trailing cells are empty
     * @return false once the row limit is passed: the importer stops reading
     */
    public boolean row(long line, List<String> cells) {
        if (isBlank(cells)) {
            return true;
        }
        if (!count(line)) {
            return false;
        }
        if (!usable) {
            sink.rejected(line);
            return true;
        }
        row.start(line, rows, 0);
        for (int position = 0; position < cells.size(); position++) {
            String cell = cells.get(position);
            if (position >= fieldOfPosition.length) {
                if (cell != null && !cell.isBlank()) {
                    row.rowError(RowProblem.ROW_TOO_MANY_CELLS, cell, LocalizedText.of("La ligne a " + cells.size()
                            + " cellules, l'en-tête " + fieldOfPosition.length + " : une valeur contenant le séparateur"
                            + " doit être entre guillemets.", "The row has " + cells.size() + " cells, the header "
                            + fieldOfPosition.length + ": a value containing the separator must be quoted."));
                    break;
                }
            } else if (fieldOfPosition[position] >= 0) {
                row.set(fieldOfPosition[position], cell);
            }
        }
        bind(line);
        return true;
    }

    /**
     * Reads a data row given as named values (a JSON object): keys are matched like headers, unknown
     * keys are reported once as warnings.
     *
     * @param line  the row's line, 1-based
     * @param cells  the values by key, in the order read
     * @return false once the row limit is passed: the importer stops reading
     */
    public boolean row(long line, Map<String, String> cells) {
        return row(line, 0, cells);
    }

    /**
     * Reads a data row given as named values (a JSON object) that starts at a column of its line:
     * problems then give the column too, which finds a record in a JSON array written on one line.
     *
     * @param line  the row's line, 1-based
     * @param character  the column on the line where the record starts, 1-based, or 0 if not given
     * @param cells  the values by key, in the order read
     * @return false once the row limit is passed: the importer stops reading
     */
    public boolean row(long line, long character, Map<String, String> cells) {
        if (isBlank(cells.values())) {
            return true;
        }
        if (!count(line)) {
            return false;
        }
        row.start(line, rows, character);
        if (cells.size() > request.limits().maxColumns()) {
            row.rowError(RowProblem.KEYS_TOO_MANY, String.valueOf(cells.size()), LocalizedText.of(
                    "L'enregistrement a " + cells.size() + " clés ; un enregistrement en a au plus "
                            + request.limits().maxColumns() + " : gardez les clés décrites dans docs/formats.md.",
                    "The record has " + cells.size() + " keys; a record has at most " + request.limits().maxColumns()
                            + ": keep the keys of docs/formats.md."));
            row.rejected();
            return true;
        }
        String[] keys = new String[columns.size()];
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            Integer known = keyFields.get(cell.getKey());
            int field = known != null ? known : firstSeenKey(line, cell.getKey());
            if (field < 0) {
                continue;
            }
            if (keys[field] != null) {
                row.rowError(RowProblem.KEY_CONFLICT,
                        cell.getKey(), LocalizedText.of("Les clés « " + keys[field] + " » et « "
                        + cell.getKey() + " » donnent toutes deux « " + columns.get(field).field() + " » : gardez-en une.",
                        "The \"" + keys[field] + "\" and \"" + cell.getKey() + "\" keys both give \""
                                + columns.get(field).field() + "\": keep one."));
                continue;
            }
            keys[field] = cell.getKey();
            row.labels[field] = cell.getKey();
            row.set(field, cell.getValue());
        }
        for (int field = 0; field < columns.size(); field++) {
            if (keys[field] == null) {
                row.labels[field] = null;
            }
        }
        if (!Arrays.equals(row.labels, namedLabels)) {
            row.nameFields();
            namedLabels = row.labels.clone();
        }
        bind(line);
        return true;
    }

    /**
     * Counts a data row the importer could not read as a row (a JSON value that is not an object,
     * undecodable bytes) and rejects it with a problem.
     *
     * @param line  the row's line, 1-based
     * @param code  the problem's definition, not null
     * @param value  the offending value, not null
     * @param message  what is wrong and what to do, not null
     * @return false once the row limit is passed
     */
    public boolean reject(long line, ProblemCode code, String value, LocalizedText message) {
        return reject(line, 0, code, value, message);
    }

    /**
     * Counts a data row the importer could not read as a row, starting at a column of its line, and
     * rejects it with a problem. The value is not quoted if the file holds personal data.
     *
     * @param line  the row's line, 1-based
     * @param character  the column on the line where the row starts, 1-based, or 0 if not given
     * @param code  the problem's definition, not null
     * @param value  the offending value, not null
     * @param message  what is wrong and what to do, not null
     * @return false once the row limit is passed
     */
    public boolean reject(long line, long character, ProblemCode code, String value, LocalizedText message) {
        if (!count(line)) {
            return false;
        }
        sink.problem(new Problem(request.fileName(), line, "", "", "", shown(value), code, message,
                rows, character));
        sink.rejected(line);
        return true;
    }

    /**
     * Counts a data row the importer could not read because of one of its cells (a cell longer than
     * the limit) and rejects it with a problem that names the cell's column as the header wrote it
     * and its field, if the header gave one. The value is not quoted if the file holds personal data.
     *
     * @param line  the row's line, 1-based
     * @param position  the cell's position in the row, 0-based (the header's order)
     * @param code  the problem's definition, not null
     * @param value  the offending value, not null
     * @param message  what is wrong and what to do, not null
     * @return false once the row limit is passed
     */
    public boolean rejectCell(long line, int position, ProblemCode code, String value, LocalizedText message) {
        if (!count(line)) {
            return false;
        }
        int field = position >= 0 && position < fieldOfPosition.length ? fieldOfPosition[position] : -1;
        sink.problem(new Problem(request.fileName(), line, field < 0 ? "" : row.label(field), "",
                field < 0 ? "" : columns.get(field).field(), shown(value), code, message, rows, 0));
        sink.rejected(line);
        return true;
    }

    /**
     * Reports that the file cannot be read from a line on (bad syntax, a limit passed): the
     * problem is an error on that line; the rows read before stand.
     *
     * @param line  the line, 1-based, or 0 for the whole file
     * @param code  the problem's definition, not null
     * @param value  the offending value, not null
     * @param message  what is wrong and what to do, not null
     */
    public void fail(long line, ProblemCode code, String value, LocalizedText message) {
        fail(line, 0, code, value, message);
    }

    private void fail(long line, long character, ProblemCode code, String value, LocalizedText message) {
        usable = false;
        sink.problem(new Problem(request.fileName(), line, "", "", "", shown(value), code, message, 0,
                character));
    }

    /**
     * Reports that reading stopped at a line and cannot resume (an unclosed quote, a truncated file, a
     * limit passed): the problem is an error on that line, the rows read before stand, and the lines
     * from there to the end are the file's unread part ({@link #facts}).
     *
     * @param line  the first line not read, 1-based
     * @param character  the column on the line where reading stopped, 1-based, or 0 if not given
     * @param code  the problem's definition, not null
     * @param value  the offending value, not null
     * @param message  what is wrong and what to do, not null
     */
    public void stop(long line, long character, ProblemCode code, String value, LocalizedText message) {
        fail(line, character, code, value, message);
        if (stoppedAt == 0) {
            stoppedAt = Math.max(1, line);
        }
    }

    /**
     * Returns the first line not read, if reading stopped.
     *
     * @return the line, 1-based, or 0 if reading did not stop
     */
    public long stoppedAt() {
        return stoppedAt;
    }

    /**
     * Returns the facts of the file read: its rows, whether it was read to its end with a usable
     * header, and, for a text file whose reading stopped, its unread lines (counted by reading the
     * rest of the content again).
     *
     * @param format  the format read, not null
     * @param encoding  the encoding read, or empty, not null
     * @return the facts, not null
     */
    public ImportFacts facts(String format, String encoding) {
        return facts(format, encoding, stoppedAt == 0 ? Unread.NOTHING : Unread.counted(request, stoppedAt));
    }

    /**
     * Returns the facts of the file read, with its unread part as the importer measured it.
     *
     * @param format  the format read, not null
     * @param encoding  the encoding read, or empty, not null
     * @param unread  the part not read, or {@link Unread#NOTHING}, not null
     * @return the facts, not null
     */
    public ImportFacts facts(String format, String encoding, Unread unread) {
        return new ImportFacts(rows, format, encoding, usable && unread.isNothing(), unread);
    }

    /**
     * Tells whether the file holds personal data (trainees): its problems then quote no row, token
     * nor personal field, and importers leave their parser's details out of their messages.
     *
     * @return true for a file of trainees
     */
    public boolean holdsPersonalData() {
        return row.personal();
    }

    /**
     * Returns the number of data rows read so far: not the header, not blank rows.
     *
     * @return the rows, not negative
     */
    public long rows() {
        return rows;
    }

    /** @return false if the header made the file unusable, or a failure was reported */
    public boolean isUsable() {
        return usable;
    }

    private boolean count(long line) {
        if (++rows > request.limits().maxRows()) {
            rows--;
            stop(line, 0, FileProblem.TOO_MANY_ROWS, String.valueOf(request.limits().maxRows()), LocalizedText.of(
                    "Le fichier dépasse " + request.limits().maxRows() + " lignes de données : découpez-le, ou relevez la"
                            + " limite avec --max-rows.",
                    "The file has more than " + request.limits().maxRows() + " data rows: split it, or raise the limit"
                            + " with --max-rows."));
            return false;
        }
        return true;
    }

    private void bind(long line) {
        binding.bind(row);
    }

    private String shown(String value) {
        return row.personal() ? "" : value;
    }

    private int fieldOf(String name) {
        return headerKeys.getOrDefault(HeaderKey.of(name), -1);
    }

    /**
     * Matches a key not remembered; remembers it unless the file already gave a few thousand
     * distinct keys, so that a hostile file of millions of distinct keys cannot fill the memory.
     */
    private int firstSeenKey(long line, String key) {
        int field = unknownKey(line, key);
        if (keyFields.size() < 4 * request.limits().maxColumns()) {
            keyFields.put(key, field);
        }
        return field;
    }

    private int unknownKey(long line, String key) {
        int field = fieldOf(key);
        if (field < 0 && ++unknownKeys == request.limits().maxColumns()) {
            sink.problem(new Problem(request.fileName(), line, "", "", "", "", FileProblem.COLUMN_UNKNOWN,
                    LocalizedText.of("Plus de " + request.limits().maxColumns() + " clés inconnues : les suivantes sont"
                            + " ignorées sans être signalées.", "More than " + request.limits().maxColumns()
                            + " unknown keys: the next ones are ignored without being reported.")));
        }
        if (field < 0 && unknownKeys < request.limits().maxColumns()) {
            sink.problem(new Problem(request.fileName(), line, key, "", "", key, FileProblem.COLUMN_UNKNOWN,
                    LocalizedText.of("Clé « " + key + " » inconnue, ignorée (voir docs/formats.md).",
                            "Unknown key \"" + key + "\", ignored (see docs/formats.md).")));
        }
        return field;
    }

    private String exampleHeader(boolean french) {
        return columns.stream().filter(Column::required).limit(4)
                .map(c -> french ? c.names().get(0) : c.field()).collect(Collectors.joining(";"));
    }

    private boolean isBlank(Iterable<String> cells) {
        for (String cell : cells) {
            if (cell != null && !(cellsStripped ? cell.isEmpty() : cell.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
