package io.claimtracker.common.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves that spellings of one name an editor would treat as the same reduce to one key. */
class NameKeyTest {

    @Test
    void caseSpacingAndPunctuationDoNotMatter() {
        assertThat(NameKey.of("  Sergei   SHOIGU ")).isEqualTo(NameKey.of("sergei shoigu"));
        assertThat(NameKey.of("Jean-Marc Ayrault")).isEqualTo("jean marc ayrault");
    }

    @Test
    void accentsAreFolded() {
        assertThat(NameKey.of("Sergueï Choïgou")).isEqualTo("serguei choigou");
        assertThat(NameKey.of("Recep Tayyip Erdoğan")).isEqualTo(NameKey.of("Recep Tayyip Erdogan"));
    }

    @Test
    void aLeadingHonorificIsDropped() {
        assertThat(NameKey.of("Mr. Sergei Shoigu")).isEqualTo(NameKey.of("Sergei Shoigu"));
        assertThat(NameKey.of("Dr Jane Roe")).isEqualTo("jane roe");
    }

    @Test
    void aNameThatIsOnlyAnHonorificOrAnOfficeIsKept() {
        assertThat(NameKey.of("Mr")).isEqualTo("mr");
        assertThat(NameKey.of("Pentagon spokesman")).isEqualTo("pentagon spokesman");
    }

    @Test
    void nonLatinScriptsKeepTheirLetters() {
        assertThat(NameKey.of("Сергей Шойгу")).isEqualTo("сергеи шоигу").isEqualTo(NameKey.of("СЕРГЕЙ ШОЙГУ"));
    }
}
