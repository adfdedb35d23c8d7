package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterMarkupGivesAMeaningTo() {
        assertThat(Html.escape("<script>&\"'</script>"))
                .isEqualTo("&lt;script&gt;&amp;&quot;&#39;&lt;/script&gt;");
    }

    @Test
    void keepsAccentsBoxesEmojiTheFontLacksAndDropsCharactersXmlForbids() {
        assertThat(Html.escape("Zoë\u0000 Ångström\u0007 🚀\uD800 ✓")).isEqualTo("Zoë Ångström \u25a1 ✓");
    }

    @Test
    void writesCssStringsThatCannotEndEarly() {
        assertThat(Html.cssString("a\"b\\c")).isEqualTo("a\\22 b\\5c c");
    }
}
