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

    @ParameterizedTest
    @ValueSource(strings = {"stages.inet@cnfpt.fr", "prenom.nom@ville-de-strasbourg.eu", "o'brien+stages@mairie.paris",
        "a@b.co", "x_y@sub.domain.museum"})
    void acceptsUsualAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".a@b.fr", "a.@b.fr", "a..b@c.fr", "a@-b.fr", "a@b-.fr", "a@b.f", "a@b.f1", "a@b@c.fr",
        "é@b.fr", "a@b.fr.", "a@b..fr", "a@@b.fr"})
    void rejectsMalformedLocalPartsAndDomains(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
    }

    /** The hand-written check accepts exactly the web-form grammar it replaced, a regular expression. */
    @Test
    void acceptsExactlyWhatTheWebFormGrammarAccepts() {
        java.util.regex.Pattern grammar = java.util.regex.Pattern.compile(
                "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                        + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
        String alphabet = "ab9.-@_+é ";
        java.util.Random random = new java.util.Random(20261123);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThat(EmailAddress.isValid(candidate)).as(candidate).isEqualTo(grammar.matcher(candidate).matches());
        }
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
