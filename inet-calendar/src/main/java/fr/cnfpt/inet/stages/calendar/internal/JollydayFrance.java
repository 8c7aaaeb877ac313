package fr.cnfpt.inet.stages.calendar.internal;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Jollyday's holiday manager for France, which works on the module path as on the class path.
 * <p>
 * Jollyday 2.19 finds the parsers of a calendar by invoking, by reflection, every method of the class
 * of the holiday tables that its configuration service returns ({@code DefaultHolidayManager.getParsers}).
 * Its JAXB service returns a class of a package that the module {@code de.focus_shift.jollyday.jaxb}
 * does not export, so on the module path each year's holidays failed with "Cannot create parsers"
 * ({@code IllegalAccessException}). This manager reads the same tables through
 * {@link ExportedHolidayConfigurations}, a public class of a package that our module exports to
 * Jollyday's core only. The manager is ours alone (a cache key of its own): another user of Jollyday
 * in the same JVM never sees it. Jollyday reads its tables at creation, before the service can be
 * replaced, so they are read twice on first use (the second time about 30-75 ms on a loaded two-core
 * machine, after 0.7-1.6 s for the first).
 * <p>
 * This class is thread-safe; the manager is created once, on first use.
 */
public final class JollydayFrance {

    private JollydayFrance() {
    }

    /**
     * Returns the holiday manager of France (its subdivisions are chosen per call).
     *
     * @return the manager, not null
     */
    public static HolidayManager manager() {
        return Holder.MANAGER;
    }

    private static final class Holder {
        static final HolidayManager MANAGER = create();
    }

    private static HolidayManager create() {
        ManagerParameter parameter = new OwnManagerParameter(ManagerParameters.create(HolidayCalendar.FRANCE));
        HolidayManager manager = HolidayManager.getInstance(parameter);
        manager.setConfigurationService(new ExportedConfigurationService(manager.getConfigurationService()));
        manager.init(parameter);
        return manager;
    }
}
