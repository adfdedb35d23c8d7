package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

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
    void keepsTheLineBreaksOfANote() {
        assertThat(Html.escapeLines("one\r\ntwo & three\nfour")).isEqualTo("one<br/>two &amp; three<br/>four");
    }

    @Test
    void neverReadsTextAPersonTypedAsAPlaceholder() {
        String filled = Html.fill("<p>{{name}} / {{target}}</p>", Map.of("name", "{{target}}", "target", "PM"));

        assertThat(filled).isEqualTo("<p>{{target}} / PM</p>");
    }

    @Test
    void refusesATemplateThatAsksForSomethingNothingFills() {
        assertThatThrownBy(() -> Html.fill("{{missing}}", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{{missing}}");
    }

    @Test
    void writesCssStringsThatCannotEndEarly() {
        assertThat(Html.cssString("a\"b\\c")).isEqualTo("a\\22 b\\5c c");
    }
}
