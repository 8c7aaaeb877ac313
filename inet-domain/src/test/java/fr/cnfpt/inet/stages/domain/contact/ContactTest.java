package fr.cnfpt.inet.stages.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void acceptsTheCoordinatorsAddress() {
        assertThat(EmailAddress.of(" stages.inet@cnfpt.fr ").domain()).isEqualTo("cnfpt.fr");
    }

    /** The brochure's contact page prints "stages.inet.cnfpt.fr": not an address. */
    @ParameterizedTest
    @ValueSource(strings = {"stages.inet.cnfpt.fr", "a@b", "a b@c.fr", "@cnfpt.fr", "x@.fr", "x@cnfpt..fr", ""})
    void rejectsWhatIsNotAnEmailAddress(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThatThrownBy(() -> EmailAddress.of(text)).isInstanceOf(DomainException.class);
    }

    /** "Tél. : 03 88 15 53 69 | Port. : 06 10 53 03 78", and the switchboard "0388155264". */
    @Test
    void readsFrenchTelephoneNumbersInAnyLayout() {
        assertThat(PhoneNumber.parse("0388155264").national()).isEqualTo("03 88 15 52 64");
        assertThat(PhoneNumber.parse("03.88.15.53.69").international()).isEqualTo("+33 3 88 15 53 69");
        assertThat(PhoneNumber.parse("06 10 53 03 78").isMobile()).isTrue();
        assertThatThrownBy(() -> PhoneNumber.parse("03 88 15 53")).isInstanceOf(DomainException.class);
    }
}
