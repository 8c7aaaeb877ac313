package fr.cnfpt.inet.stages.importer.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for the binder rather than for the eye: a date-formatted cell becomes an
 * ISO date ({@code 2026-03-30}) whatever its display format and the machine's locale (a number
 * beyond Excel's last day, 9999-12-31, stays a number, which is not a date); another
 * number its plain value ({@code 120000}, {@code 4000.5}); {@code NaN} and infinities as Java writes them.
 */
final class IsoDataFormatter extends DataFormatter {

    /** The first day Excel cannot show, 10000-01-01: beyond it POI's conversion overflows (1e300 became 1899-12-31). */
    private static final double END_OF_EXCEL_DAYS = 2_958_466;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                && value < END_OF_EXCEL_DAYS) {
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
