/**
 * Dated schedules per cohort year: public holidays, working weeks, offer deadlines, the official
 * calendar files, the edition audit, the iCalendar export and the calendar's rules on offers.
 * <p>
 * Jackson reads the calendar files as trees (no data binding, so nothing is opened to it); Jollyday's
 * JAXB module supplies the holiday tables through Jollyday's service loader, and the tables reach
 * Jollyday's core through the {@code internal} package, exported to that module only (see
 * {@code JollydayFrance}).
 */
module fr.cnfpt.inet.stages.calendar {
    requires transitive fr.cnfpt.inet.stages.domain;
    requires com.fasterxml.jackson.databind;
    requires de.focus_shift.jollyday.core;
    requires de.focus_shift.jollyday.jaxb;
    requires ical4j.core;

    exports fr.cnfpt.inet.stages.calendar;
    exports fr.cnfpt.inet.stages.calendar.audit;
    exports fr.cnfpt.inet.stages.calendar.days;
    exports fr.cnfpt.inet.stages.calendar.ics;
    exports fr.cnfpt.inet.stages.calendar.official;
    exports fr.cnfpt.inet.stages.calendar.rule;
    exports fr.cnfpt.inet.stages.calendar.internal to de.focus_shift.jollyday.core;
}
