package fr.cnfpt.inet.stages.importer.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for the binder rather than for the eye: a date-formatted cell becomes an
 * ISO date ({@code 2026-03-30}) whatever its display format and the machine's locale; another
 * number its plain value ({@code 120000}, {@code 4000.5}); {@code NaN} and infinities as Java writes them.
 */
final class IsoDataFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            var dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
            return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
        }
        return plain(value);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            // a cell holding NaN or Infinity (no spreadsheet program writes one): a value the binder refuses
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
