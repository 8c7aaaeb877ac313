package fr.cnfpt.inet.stages.calendar.internal;

import de.focus_shift.jollyday.core.spi.ChristianHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.EthiopianOrthodoxHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayBetweenFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayInMonthHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.FixedWeekdayRelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import de.focus_shift.jollyday.core.spi.IslamicHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToEasterSundayHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToFixedHolidayConfiguration;
import de.focus_shift.jollyday.core.spi.RelativeToWeekdayInMonthHolidayConfiguration;
import java.util.List;
import java.util.Objects;

/**
 * The holiday tables of a Jollyday calendar, in a public class that Jollyday's core may invoke by
 * reflection on the module path (see {@link JollydayFrance}).
 * <p>
 * Jollyday invokes every method this class declares that returns a parameterized type and picks a
 * parser by its type argument: declare the interface's methods only, and no helper, lambda or other
 * method returning a generic type.
 */
public final class ExportedHolidayConfigurations implements HolidayConfigurations {

    private final HolidayConfigurations delegate;

    ExportedHolidayConfigurations(HolidayConfigurations delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<FixedHolidayConfiguration> fixed() {
        return delegate.fixed();
    }

    @Override
    public List<RelativeToFixedHolidayConfiguration> relativeToFixed() {
        return delegate.relativeToFixed();
    }

    @Override
    public List<RelativeToWeekdayInMonthHolidayConfiguration> relativeToWeekdayInMonth() {
        return delegate.relativeToWeekdayInMonth();
    }

    @Override
    public List<FixedWeekdayInMonthHolidayConfiguration> fixedWeekdays() {
        return delegate.fixedWeekdays();
    }

    @Override
    public List<ChristianHolidayConfiguration> christianHolidays() {
        return delegate.christianHolidays();
    }

    @Override
    public List<IslamicHolidayConfiguration> islamicHolidays() {
        return delegate.islamicHolidays();
    }

    @Override
    public List<FixedWeekdayBetweenFixedHolidayConfiguration> fixedWeekdayBetweenFixed() {
        return delegate.fixedWeekdayBetweenFixed();
    }

    @Override
    public List<FixedWeekdayRelativeToFixedHolidayConfiguration> fixedWeekdayRelativeToFixed() {
        return delegate.fixedWeekdayRelativeToFixed();
    }

    @Override
    public List<EthiopianOrthodoxHolidayConfiguration> ethiopianOrthodoxHolidays() {
        return delegate.ethiopianOrthodoxHolidays();
    }

    @Override
    public List<RelativeToEasterSundayHolidayConfiguration> relativeToEasterSunday() {
        return delegate.relativeToEasterSunday();
    }
}
