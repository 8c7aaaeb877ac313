package fr.cnfpt.inet.stages.calendar.internal;

import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfiguration;
import de.focus_shift.jollyday.core.spi.HolidayCalendarConfigurationService;
import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import java.util.Objects;
import java.util.stream.Stream;

/** Jollyday's configuration service, its holiday tables handed over as {@link ExportedHolidayConfigurations}. */
final class ExportedConfigurationService implements HolidayCalendarConfigurationService {

    private final HolidayCalendarConfigurationService delegate;

    ExportedConfigurationService(HolidayCalendarConfigurationService delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public HolidayCalendarConfiguration getHolidayCalendarConfiguration(ManagerParameter parameter) {
        return new Calendar(delegate.getHolidayCalendarConfiguration(parameter));
    }

    /** A calendar and its subdivisions, whose tables are exported. */
    private static final class Calendar implements HolidayCalendarConfiguration {

        private final HolidayCalendarConfiguration delegate;

        Calendar(HolidayCalendarConfiguration delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        @Override
        public String hierarchy() {
            return delegate.hierarchy();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public HolidayConfigurations holidays() {
            HolidayConfigurations holidays = delegate.holidays();
            return holidays == null ? null : new ExportedHolidayConfigurations(holidays);
        }

        @Override
        public Stream<HolidayCalendarConfiguration> subConfigurations() {
            return delegate.subConfigurations().map(Calendar::new);
        }
    }
}
