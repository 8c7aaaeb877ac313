package fr.cnfpt.inet.stages.calendar.internal;

import de.focus_shift.jollyday.core.ManagerParameter;
import java.net.URL;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Jollyday's parameters for a calendar, under a cache key of our own, so that Jollyday's manager cache
 * gives us a manager no other caller shares.
 */
final class OwnManagerParameter implements ManagerParameter {

    private final ManagerParameter delegate;

    OwnManagerParameter(ManagerParameter delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String createCacheKey() {
        return "fr.cnfpt.inet.stages.calendar/" + delegate.createCacheKey();
    }

    @Override
    public void mergeProperties(Properties properties) {
        delegate.mergeProperties(properties);
    }

    @Override
    public Optional<String> getProperty(String key) {
        return delegate.getProperty(key);
    }

    @Override
    public void setProperty(String key, String value) {
        delegate.setProperty(key, value);
    }

    @Override
    public String getManagerImplClassName() {
        return delegate.getManagerImplClassName();
    }

    @Override
    public String getParserImplClassName(String configurationType) {
        return delegate.getParserImplClassName(configurationType);
    }

    @Override
    public String getConfigurationServiceImplClassName() {
        return delegate.getConfigurationServiceImplClassName();
    }

    @Override
    public String getDisplayName() {
        return delegate.getDisplayName();
    }

    @Override
    public URL createResourceUrl() {
        return delegate.createResourceUrl();
    }
}
